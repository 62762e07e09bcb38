package org.fieldbook.domain;

/** A row of a won deal's payment plan (money expected on a date) or a payment that came in. */
public enum PaymentKind { EXPECTED, RECEIVED }
