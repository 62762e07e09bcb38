package org.fieldbook.domain;

public enum BuyingRole {
    DECISION_MAKER, EVALUATOR, INFLUENCER, USER, CHAMPION, BLOCKER
}
