package org.pledgegraph.instrument;

/** What a text can say of an instrument. Names are the local names of their pg: terms. */
public enum EventType {
    /** signed (on a date, at a place). */
    signed,
    /** a draft (草案). */
    draft,
    /** proposed or under negotiation (启动……谈判, 制定……). */
    proposed,
    /** not yet in force (早日生效). */
    notInForce,
    /** expires on a date (将于2021年2月到期). */
    expires,
    /** a party withdrew or decided to withdraw (美国2001年宣布退出). */
    withdrawn,
    /** a party refused to ratify it (拒绝批准). */
    ratificationRefused
}
