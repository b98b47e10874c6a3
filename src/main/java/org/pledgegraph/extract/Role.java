package org.pledgegraph.extract;

import java.util.Locale;

/** What a word does for the statement rules (column 3 of predicates.tsv). */
enum Role {
    /** Governs a clause and the rest of its sentence (认为, 同意, 呼吁, 反对, 忧虑). */
    CLAUSE,
    /** Takes an object; later clauses are read on their own (支持, 欢迎). */
    STANCE,
    /** An action verb: an Undertaking when the parties take it (加强, 推动). */
    ACTION,
    /** Modal or aspect of the parties' own course (将, 愿, 继续). */
    MODAL,
    /** Ought (应, 应当): an Appeal when the subject is not a party. */
    OUGHT,
    /** Aspect marker of an assertion (正, 曾, 已). */
    ASPECT,
    /** Adverb skipped before the predicate (进一步, 共同, 积极). */
    ADVERB,
    /** Negator of the predicate (不, 绝不, 不得). */
    NEGATOR,
    /** Light verb whose object names the stance (感到忧虑, 表示遗憾, 予以庆祝). */
    LIGHT,
    /** Light predicate that closes a 就/对 frame (就……进行, 对……表示). */
    SUPPORT,
    /** Opens a place or basis frame closed by an END word (在……基础上). */
    FRAME_LOC,
    /** Opens a principle frame (本着……精神, 按照……原则). */
    FRAME_RULE,
    /** Opens a means frame (通过……方式, 利用……等). */
    FRAME_MEANS,
    /** Opens an object frame closed by a SUPPORT predicate (就, 对). */
    FRAME_OBJECT,
    /** Opens a 以……为 frame whose verb is 为/作为. */
    FRAME_AS,
    /** Noun that makes 以……为 a frame, not a predicate (以建交60周年为契机). */
    FRAME_NOUN,
    /** Closes a frame (方面, 基础上, 原则, 方式). */
    END,
    /** Opens a purpose or result clause that is no statement (为, 从而). */
    PURPOSE,
    /** A closing result predicate (实现, 惠及) that is no statement after others. */
    RESULT,
    /** Opens an elaboration (包括, 特别是). */
    ELABORATION,
    /** Conjunction skipped at the start of a clause (并, 同时, 为此). */
    CONJ,
    /** A narrative fact, no stance (会见, 举行会谈). */
    NARRATIVE,
    /** A predicate of assessment (是, 构成, 有助于). */
    ASSESS,
    /** A verb of having that asserts a fact (具有, 拥有): a Position unless a modal makes it a course. */
    HAVE,
    /** A declaration formula (声明如下). */
    FORMULA,
    /** 目标: 中俄……的目标是…… states the parties' aim. */
    AIM,
    /** A noun that continues a party subject (双方, 部门, 政府). */
    PARTNOUN,
    /** An Appeal that is an Undertaking when it names no one but its speakers after it (两国都希望实现……目标). */
    WISH,
    /** The parties together in a multilateral declaration (成员国, 与会各方). */
    COLLECTIVE,
    /** A word never read as a predicate (相关). */
    NOTVERB,
    /** A noun HanLP may cut wrongly (纪要: 本纪/要): kept whole as a noun, never a predicate. */
    NOUN,
    /** A past event unless a modal, an ought or a list makes it a course (举行, 签署, 发表, 生效). */
    EVENT,
    /** Any one of the parties (任何一方, 任何一国): a subject that binds every party. */
    EACH,
    /** An effort with no object ending its clause (共同努力，……): the next clause is its aim, no statement. */
    EFFORT,
    /** Marks a reported statistic (同比, 环比): an unmodalised predicate after it is a fact, no statement. */
    STATISTIC,
    /** Opens a conditional clause (如, 如果, 一旦): no statement; its subject speaks in the next clause. */
    CONDITION,
    /** Ends a time clause (……签署后，, 协定生效之后，): the clause says when, no statement. */
    AFTER;

    static Role parse(String s) {
        return Role.valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
