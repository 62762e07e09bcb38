package org.fieldbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Acme Tools Ltd          | ACME  tools       | true
            Acme Tools, Inc.        | acme tools        | true
            Nordwind GmbH & Co. KG  | Nordwind          | true
            华东精密机械有限公司       | 华东精密机械       | true
            華東精密機械股份有限公司    | 華東精密機械       | true
            Disco                   | Dis               | false
            Acme Tools              | Acme Toolbox      | false
            Co                      | Co Ltd            | true
            Ltd                     | Inc               | false
            """)
    void namesMatchIgnoringCaseSpacesAndLegalForms(String a, String b, boolean same) {
        assertEquals(same, CompanyNames.sameCompany(a, b), a + " / " + b);
    }
}
