package org.pledgegraph.lexicon;

/** What kind of actor a party or addressee is. */
public enum ActorType {
    /** A sovereign state; has an ISO 3166-1 alpha-3 code. */
    STATE,
    /** An international organisation or body (联合国, 欧亚经济联盟, 国际原子能机构). */
    ORGANISATION,
    /** A group of states or an open collective (核武器国家, 国际社会, 各国). */
    GROUP
}
