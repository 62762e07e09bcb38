package org.fieldbook.exchange;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldbook.domain.Account;
import org.fieldbook.domain.Contact;
import org.fieldbook.store.Store;

/**
 * Contacts in and out of vCard files (2.1, 3.0 and 4.0, quoted-printable and non-ASCII names included) with
 * ez-vcard. Cards come in as a table of contact columns and go through the importer like a CSV, so they get
 * its dry run, duplicate matching by e-mail, one transaction and undo.
 */
public final class VCards {
    private static final List<String> HEADERS = List.of("Name", "Email", "Phone", "Mobile", "Title", "Department",
            "Account", "Notes");
    private static final Map<String, String> COLUMNS = Map.of("Name", "name", "Email", "email", "Phone", "phone",
            "Mobile", "mobile", "Title", "title", "Department", "department", "Account", "account", "Notes", "notes");

    private VCards() {
    }

    /** The cards of a .vcf file as contact rows; a row's line is the card's number in the file. */
    public static SourceTable read(byte[] bytes) {
        List<VCard> cards;
        try {
            cards = Ezvcard.parse(text(bytes)).all();
        } catch (RuntimeException e) {
            throw new ImportProblem("import.problem.vcard", "the file cannot be read as vCards", e);
        }
        if (cards.isEmpty()) {
            throw new ImportProblem("import.problem.vcard", "the file holds no vCard");
        }
        List<SourceTable.Row> rows = new ArrayList<>();
        int number = 1;
        for (VCard card : cards) {
            rows.add(new SourceTable.Row(number++, List.of(name(card), first(card.getEmails()), phone(card, false),
                    phone(card, true), card.getTitles().isEmpty() ? "" : text(card.getTitles().get(0).getValue()),
                    card.getOrganization() == null || card.getOrganization().getValues().size() < 2 ? ""
                            : text(card.getOrganization().getValues().get(1)),
                    card.getOrganization() == null || card.getOrganization().getValues().isEmpty() ? ""
                            : text(card.getOrganization().getValues().get(0)),
                    card.getNotes().isEmpty() ? "" : text(card.getNotes().get(0).getValue()))));
        }
        return new SourceTable(HEADERS, rows, StandardCharsets.UTF_8, ',', true);
    }

    /**
     * The file's text. Phones of the vCard 2.1 era wrote raw bytes in the charset a property names (CHARSET=
     * SHIFT_JIS, GB2312): a file that is not UTF-8 and names one is read in it. Quoted-printable values are
     * decoded by ez-vcard with their own CHARSET.
     */
    private static String text(byte[] bytes) {
        TextEncodings.Detected detected = TextEncodings.detect(bytes);
        java.nio.charset.Charset charset = detected.charset();
        if (!charset.equals(StandardCharsets.UTF_8)) {
            var named = java.util.regex.Pattern.compile("CHARSET=([A-Za-z0-9_\\-]+)", java.util.regex.Pattern.CASE_INSENSITIVE)
                    .matcher(new String(bytes, StandardCharsets.ISO_8859_1));
            while (named.find()) {
                String name = named.group(1);
                if (java.nio.charset.Charset.isSupported(name) && !name.equalsIgnoreCase("UTF-8")) {
                    charset = java.nio.charset.Charset.forName(name);
                    break;
                }
            }
        }
        return TextEncodings.decode(bytes, charset);
    }

    /** The mapping a vCard file imports with: its columns are fixed. */
    public static ImportMapping mapping(boolean createAccounts, ImportMapping.Duplicates duplicates) {
        return ImportMapping.detect(ImportType.CONTACTS).withColumns(COLUMNS)
                .withOptions(null, null, createAccounts, null, duplicates);
    }

    private static String name(VCard card) {
        if (card.getFormattedName() != null && card.getFormattedName().getValue() != null
                && !card.getFormattedName().getValue().isBlank()) {
            return card.getFormattedName().getValue().strip();
        }
        StructuredName n = card.getStructuredName();
        if (n == null) {
            return "";
        }
        String given = text(n.getGiven());
        String family = text(n.getFamily());
        boolean cjk = (given + family).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
        return (cjk ? family + given : (given + " " + family)).strip();
    }

    private static String first(List<Email> emails) {
        return emails.isEmpty() ? "" : text(emails.get(0).getValue());
    }

    private static String phone(VCard card, boolean mobile) {
        for (Telephone telephone : card.getTelephoneNumbers()) {
            boolean isMobile = telephone.getTypes().stream().anyMatch(t -> t.getValue().equalsIgnoreCase("cell"));
            if (isMobile == mobile) {
                return telephone.getText() != null ? telephone.getText()
                        : telephone.getUri() == null ? "" : telephone.getUri().getNumber();
            }
        }
        return "";
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** The live contacts as one vCard 4.0 file (or 3.0, which older phones want). */
    public static String write(Store store, VCardVersion version) {
        List<VCard> cards = store.read(tx -> {
            Map<java.util.UUID, String> accounts = new java.util.HashMap<>();
            tx.accounts().all().forEach((Account a) -> accounts.put(a.id(), a.name()));
            List<VCard> all = new ArrayList<>();
            for (Contact contact : tx.contacts().all()) {
                VCard card = new VCard();
                card.setFormattedName(contact.name());
                StructuredName n = new StructuredName();
                n.setFamily(contact.name());
                card.setStructuredName(n);
                contact.emails().forEach(card::addEmail);
                contact.phones().forEach(phone -> card.addTelephoneNumber(phone));
                if (contact.title() != null) {
                    card.addTitle(contact.title());
                }
                String account = accounts.get(contact.accountId());
                if (account != null || contact.department() != null) {
                    card.setOrganization(account == null ? "" : account,
                            contact.department() == null ? "" : contact.department());
                }
                if (contact.notes() != null) {
                    card.addNote(contact.notes());
                }
                card.setUid(ezvcard.property.Uid.random());
                all.add(card);
            }
            return all;
        });
        return Ezvcard.write(cards).version(version).prodId(false).go();
    }
}
