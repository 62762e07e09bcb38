package org.fieldbook.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.fieldbook.domain.CompanyProfile;
import org.fieldbook.service.CompanyService;
import org.fieldbook.store.Database;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit › Company… without the toolkit: a logo file is checked when chosen, and everything is saved at once. */
class CompanyViewModelTest {
    @TempDir
    Path folder;

    @Test
    void aWrongLogoFileIsSaidAtTheLogoAndAGoodOneIsSavedWithTheDetails() throws Exception {
        try (Database database = Database.open(folder.resolve("db"))) {
            CompanyService company = new CompanyService(database.store());
            List<Throwable> failures = new ArrayList<>();
            CompanyViewModel model = new CompanyViewModel(company, BackgroundRunner.inline(), failures::add,
                    Messages.load(Locale.ENGLISH));
            model.load();
            assertEquals("30", model.validityDaysProperty().get());
            assertEquals("No logo", model.logoDescriptionProperty().get());

            Path text = Files.writeString(folder.resolve("logo.png"), "not a picture");
            model.chooseLogo(text);
            assertEquals("validation.company.logoNotImage", model.errors().of(CompanyViewModel.LOGO));
            Path big = Files.write(folder.resolve("big.png"), new byte[70 * 1024]);
            model.chooseLogo(big);
            assertEquals("validation.company.logoTooLarge", model.errors().of(CompanyViewModel.LOGO));
            model.chooseLogo(folder.resolve("gone.png"));
            assertEquals("validation.company.logoFile", model.errors().of(CompanyViewModel.LOGO));

            Path good = folder.resolve("good.png");
            ImageIO.write(new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB), "png", good.toFile());
            model.chooseLogo(good);
            assertNull(model.errors().of(CompanyViewModel.LOGO));
            assertTrue(model.logoDescriptionProperty().get().startsWith("300 × 100 pixels"));
            assertNull(company.profile().logoId(), "a chosen logo is stored only with the save");

            model.nameProperty().set("Yuanhang Industrial");
            model.addressProperty().set("88 Jianguo Road\nBeijing");
            model.validityDaysProperty().set("four");
            assertFalse(model.save(() -> { }), "a validity that is not a number is not saved");
            assertEquals("validation.company.validityRange", model.errors().of(CompanyViewModel.VALIDITY));
            model.validityDaysProperty().set("14");
            boolean[] saved = {false};
            assertTrue(model.save(() -> saved[0] = true));
            assertTrue(saved[0]);
            CompanyProfile stored = company.profile();
            assertEquals("Yuanhang Industrial", stored.name());
            assertEquals(List.of("88 Jianguo Road", "Beijing"), stored.addressLines());
            assertEquals(14, stored.validityDays());
            assertEquals(300, company.logo().orElseThrow().width());
            assertTrue(failures.isEmpty(), failures.toString());
        }
    }
}
