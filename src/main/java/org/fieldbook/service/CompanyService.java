package org.fieldbook.service;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.fieldbook.domain.CompanyLogo;
import org.fieldbook.domain.CompanyProfile;
import org.fieldbook.domain.Editing;
import org.fieldbook.domain.RuleViolation;
import org.fieldbook.domain.Violation;
import org.fieldbook.store.Store;

/** The company details quotes are issued under (Edit › Company…); one row per team, synced. */
public final class CompanyService {
    /** Larger pictures would be scaled down to a few centimetres anyway; this keeps a logo in one change. */
    static final int MAX_PIXELS = 4000;

    private final Store store;

    public CompanyService(Store store) {
        this.store = store;
    }

    public Editing<CompanyProfile> edit() {
        return store.read(tx -> tx.company().edit(CompanyProfile.ID));
    }

    public CompanyProfile profile() {
        return store.read(tx -> tx.company().profile());
    }

    public Optional<CompanyLogo> logo() {
        return store.read(tx -> {
            CompanyProfile profile = tx.company().profile();
            return profile.logoId() == null ? Optional.empty() : tx.company().logos().find(profile.logoId());
        });
    }

    /**
     * A logo from a chosen file's bytes, checked: a PNG or JPEG that decodes, at most {@link CompanyLogo#MAX_BYTES}
     * and {@link #MAX_PIXELS} a side. Not stored yet: {@link #save} stores it with the details.
     */
    public CompanyLogo checkedLogo(byte[] image) {
        if (image.length > CompanyLogo.MAX_BYTES) {
            throw new RuleViolation(List.of(new Violation("logo", "validation.company.logoTooLarge")));
        }
        String type = CompanyLogo.sniff(image);
        if (type == null) {
            throw new RuleViolation(List.of(new Violation("logo", "validation.company.logoNotImage")));
        }
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException e) {
            decoded = null;
        }
        if (decoded == null || decoded.getWidth() < 1 || decoded.getHeight() < 1) {
            throw new RuleViolation(List.of(new Violation("logo", "validation.company.logoUnreadable")));
        }
        if (decoded.getWidth() > MAX_PIXELS || decoded.getHeight() > MAX_PIXELS) {
            throw new RuleViolation(List.of(new Violation("logo", "validation.company.logoTooLarge")));
        }
        return CompanyLogo.of(image, type, decoded.getWidth(), decoded.getHeight());
    }

    /**
     * Saves the fields changed since {@code started} and, when {@code newLogo} is not null, the new logo with
     * them; {@code edited.logoId()} null with no new logo removes the logo. All or nothing, one transaction.
     */
    public CompanyProfile save(Editing<CompanyProfile> started, CompanyProfile edited, CompanyLogo newLogo) {
        CompanyProfile profile = edited.normalised();
        RuleViolation.throwIfAny(profile.violations());
        return store.write(tx -> {
            CompanyProfile saved = profile;
            if (newLogo != null) {
                tx.company().logos().insert(newLogo);
                saved = profile.withLogo(newLogo.id());
            }
            return tx.company().update(started, saved);
        });
    }
}
