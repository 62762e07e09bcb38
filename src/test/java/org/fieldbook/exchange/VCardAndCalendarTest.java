package org.fieldbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import ezvcard.Ezvcard;
import ezvcard.VCardVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Activity;
import org.fieldbook.domain.ActivityType;
import org.fieldbook.domain.Contact;
import org.fieldbook.domain.TimeOrderedId;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vCards that phones and mail programs wrote, in and out; activities out as an iCalendar file. */
class VCardAndCalendarTest {
    @TempDir
    Path folder;
    private Database database;
    private Store store;
    private ImportService imports;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        store = database.store();
        imports = new ImportService(store, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static byte[] card(String path) throws Exception {
        return Files.readAllBytes(TestFiles.root().resolve("vcard").resolve(path));
    }

    private List<String> contactNames() {
        return store.read(tx -> tx.contacts().all().stream().map(Contact::name).sorted().toList());
    }

    @Test
    void everyCardFileOfOtherSoftwareIsReadOrRefusedWithAReason() throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.walk(TestFiles.root().resolve("vcard"))) {
            files = all.filter(p -> p.toString().endsWith(".vcf")).sorted().toList();
        }
        assertTrue(files.size() > 40, "the shared vCard files are there");
        int cards = 0;
        for (Path file : files) {
            try {
                SourceTable table = VCards.read(Files.readAllBytes(file));
                ImportResult result = imports.dryRun(table, ImportType.CONTACTS, VCards.mapping(true, null));
                assertEquals(table.rows().size(), result.created() + result.skipped() + result.updated()
                        + result.rejected().size(), file::toString);
                cards += result.created();
            } catch (ImportProblem refused) {
                assertEquals("import.problem.vcard", refused.key(), file::toString);
            }
        }
        assertTrue(cards > 40, "cards read: " + cards);
        assertEquals(List.of(), contactNames(), "dry runs write nothing");
    }

    @Test
    void shiftJisQuotedPrintableAndMultilingualNamesComeInRight() throws Exception {
        ImportResult japanese = imports.importTable(VCards.read(card("aosp-vcard/v21_japanese_1.vcf")), "j.vcf",
                ImportType.CONTACTS, VCards.mapping(false, null));
        assertEquals(1, japanese.created(), japanese.rejected()::toString);
        SourceTable qp = VCards.read(card("aosp-vcard/v21_japanese_2.vcf"));
        assertEquals("安藤 ロイド 1", qp.rows().get(0).cell(0));
        assertEquals("メモ", qp.rows().get(0).cell(7), "a quoted-printable Shift_JIS note");
        imports.importTable(VCards.read(card("py-vobject/vcard40_multilang.vcf")), "m.vcf", ImportType.CONTACTS,
                VCards.mapping(false, null));
        ImportResult gmail = imports.importTable(VCards.read(card("ez-vcard/gmail-list.vcf")), "g.vcf",
                ImportType.CONTACTS, VCards.mapping(false, null));
        assertEquals(3, gmail.created());
        assertTrue(contactNames().containsAll(List.of("安藤ロイド", "Yamada Taro", "Arnold Smith", "Chris Beatle",
                "Doug White")), contactNames()::toString);
    }

    @Test
    void contactsGoOutAsVCardsThatReadBackAndActivitiesAsAnIcsFile() {
        store.writeVoid(tx -> {
            Account account = tx.accounts().insert(Account.create("华东精密机械有限公司", null));
            tx.contacts().insert(new Contact(TimeOrderedId.next(), account.id(), "王芳", "采购经理", "采购部",
                    List.of("wang.fang@example.cn"), List.of("+86 21 5555 0101"), null, null, null, null));
            Instant when = Instant.parse("2026-03-02T02:00:00Z");
            tx.activities().insert(Activity.plan(ActivityType.VISIT, "Plant visit", when, account.id(), null, null,
                    null));
            tx.activities().insert(new Activity(TimeOrderedId.next(), ActivityType.TASK, "Send quote", null, when,
                    when.plusSeconds(3600), null, null, account.id(), null, null, null));
        });
        for (VCardVersion version : List.of(VCardVersion.V3_0, VCardVersion.V4_0)) {
            var cards = Ezvcard.parse(VCards.write(store, version)).all();
            assertEquals(1, cards.size());
            assertEquals("王芳", cards.get(0).getFormattedName().getValue());
            assertEquals("华东精密机械有限公司", cards.get(0).getOrganization().getValues().get(0));
            assertEquals("wang.fang@example.cn", cards.get(0).getEmails().get(0).getValue());
        }
        ICalendar calendar = Biweekly.parse(ActivityCalendar.write(store)).first();
        assertEquals(1, calendar.getEvents().size());
        assertEquals("Plant visit — 华东精密机械有限公司", calendar.getEvents().get(0).getSummary().getValue());
        assertEquals(1, calendar.getTodos().size());
        assertTrue(calendar.getTodos().get(0).getStatus().isCompleted());
        assertTrue(calendar.validate(biweekly.ICalVersion.V2_0).isEmpty(),
                () -> calendar.validate(biweekly.ICalVersion.V2_0).toString());
    }
}
