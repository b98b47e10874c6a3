# Held-out texts and their gold, unit by unit (see make_gold.py for the format).
# Unit: (text, area, statements, dates, instruments, note)
#   statements: "PARTIES/Kind/verb[/NEG]" joined by ";"; PARTIES = ALL or codes joined by +
#   instruments: "key" or "key*" (anaphoric) joined by ";"
# A paragraph is a list of units; ("TITLE", title) marks the document title line.

FRA = dict(
    name="fra",
    parties=["CHN", "FRA"], year=2024, layout="web",
    paragraphs=[
        [("TITLE", "中华人民共和国和法兰西共和国联合声明")],
        [("应法兰西共和国总统马克龙邀请，中华人民共和国主席习近平于2024年5月5日至7日对法国进行国事访问。", "relations", "", "2024-05-05;2024-05-07", "", "Narrative (state visit); the range gives both ends."),
         ("两国元首在巴黎举行会谈，并签署了经贸、农业、文化等领域多项合作文件。", "relations", "", "", "", "Narrative (talks, signing); 合作文件 are not named.")],
        [("双方一致认为，中法关系具有特殊的战略意义和全球影响。", "relations", "ALL/Position/认为", "", "", "一致认为 -> 认为.")],
        [("双方重申致力于发展更加紧密持久的全面战略伙伴关系。", "relations", "ALL/Position/重申", "", "", "重申 governs the clause (致力于… is inside it).")],
        [("两国合作不针对第三方，也不受第三方影响。", "relations", "ALL/Position/针对/NEG", "", "", "Unattributed assertion -> one Position, verb = first main predicate 针对, negated.")],
        [("双方同意保持高层交往势头，每年举行中法战略对话。", "political", "ALL/Undertaking/同意", "", "", "同意 governs both predicates (one Undertaking).")],
        [("双方将于2025年举办中法文化旅游年。", "people-to-people", "ALL/Undertaking/举办", "2025", "", "")],
        [("法方愿为中国企业在法投资提供公平、非歧视的营商环境。", "economic", "FRA/Undertaking/提供", "", "", "愿 is a modal; 为…在法投资 is a prepositional phrase before the verb 提供.")],
        [("中方欢迎更多法国优质农产品进入中国市场。", "economic", "CHN/Support/欢迎", "", "", "")],
        [("双方将加强在航空、核能、农业食品领域合作，深化在民用核能领域的长期合作伙伴关系。", "economic", "ALL/Undertaking/加强;ALL/Undertaking/深化", "", "", "Two coordinated predicates with their own objects.")],
        [("双方强调，应对气候变化是人类面临的共同挑战。", "international", "ALL/Position/强调", "", "", "")],
        [("双方重申全面、有效落实《巴黎协定》，并将于2025年11月第三十届联合国气候变化大会前提交更新的国家自主贡献。", "international", "ALL/Position/重申", "2025-11", "paris-agreement", "重申 governs the sentence (one Position); 2025年11月 -> 2025-11; 第三十届 is an ordinal.")],
        [("双方致力于维护《协定》确定的温控目标。", "international", "ALL/Undertaking/致力于", "", "paris-agreement*", "《协定》 -> anaphoric Paris Agreement.")],
        [("双方反对以应对气候变化为名设置绿色贸易壁垒。", "international", "ALL/Opposition/反对", "", "", "")],
        [("双方对乌克兰局势深表关切，反对使用或威胁使用核武器。", "international", "ALL/Concern/关切;ALL/Opposition/反对", "", "", "深表关切 -> Concern 关切; 反对… is a second predicate of the parties.")],
        [("双方呼吁国际社会为和平解决乌克兰危机创造条件。", "international", "ALL/Appeal/呼吁", "", "", "")],
        [("双方对加沙地带人道主义局势恶化感到忧虑，敦促有关各方立即停火。", "international", "ALL/Concern/忧虑;ALL/Appeal/敦促", "", "", "感到忧虑 -> Concern 忧虑; 敦促 -> Appeal.")],
        [("双方认为，巴以问题的根本出路是落实“两国方案”。", "international", "ALL/Position/认为", "", "", "“两国方案” is a policy, not an instrument.")],
        [("国际社会应加大对巴勒斯坦的人道主义援助。", "international", "ALL/Appeal/加大", "", "", "Unattributed 应 sentence with another subject -> Appeal, verb 加大.")],
        [("双方谴责一切形式的恐怖主义。", "security", "ALL/Opposition/谴责", "", "", "")],
        [("中方赞赏法方在推动欧盟对华关系方面发挥的积极作用。", "relations", "CHN/Support/赞赏", "", "", "")],
        [("法方重申坚持一个中国政策。", "political", "FRA/Position/重申", "", "", "")],
        [("双方决定建立中法海洋合作对话机制，并于明年举行首次会议。", "economic", "ALL/Undertaking/决定", "", "", "决定 governs both predicates; 明年 is a relative time.")],
        [("2024年5月6日于巴黎", "relations", "", "2024-05-06", "", "Place-and-date line: no statement.")],
    ],
    registry={
        "paris-agreement": {"title": "巴黎协定", "aliases": ["Paris Agreement"], "type": "agreement"},
    },
)

PAK = dict(
    name="pak",
    parties=["CHN", "PAK"], year=2024, layout="web",
    paragraphs=[
        [("TITLE", "中华人民共和国和巴基斯坦伊斯兰共和国关于进一步加强全天候战略合作伙伴关系的联合声明")],
        [("应中华人民共和国国务院总理李强邀请，巴基斯坦伊斯兰共和国总理穆罕默德·夏巴兹·谢里夫于2024年6月4日至8日对中国进行正式访问。", "relations", "", "2024-06-04;2024-06-08", "", "Narrative (official visit)."),
         ("访问期间，两国总理举行会谈，双方签署了农业、交通基础设施、媒体等领域20余份合作文件。", "relations", "", "", "", "Narrative; 20余份 is a count, the documents are not named.")],
        [("双方一致认为，中巴全天候战略合作伙伴关系经受住了国际风云变幻的考验。", "relations", "ALL/Position/认为", "", "", "")],
        [("巴方重申坚定奉行一个中国原则，坚定支持中方在涉台、涉疆、涉藏等问题上的立场。", "political", "PAK/Position/重申", "", "", "巴方 -> PAK; 重申 governs both predicates (one Position, like 阿方强调支持……).")],
        [("中方重申坚定支持巴方维护国家主权、独立和领土完整。", "political", "CHN/Position/重申", "", "", "")],
        [("双方同意采取以下措施推进中巴经济走廊建设：", "economic", "", "", "", "Lead-in ending in ：: passes both parties + Undertaking to items （一）–（五）.")],
        [("（一）加快推进瓜达尔港及配套设施建设，推动喀喇昆仑公路改线项目早日开工。", "economic", "ALL/Undertaking/推进;ALL/Undertaking/推动", "", "", "加快推进 -> 推进; 早日 is relative.")],
        [("（二）落实好《中巴经济走廊远景规划（2017—2030年）》，拓展农业、矿业和信息技术合作。", "economic", "ALL/Undertaking/落实好;ALL/Undertaking/拓展", "", "cpec-long-term-plan", "2017—2030年 is inside the title: no date.")],
        [("（三）支持两国企业在经济特区开展投资合作。", "economic", "ALL/Support/支持", "", "", "")],
        [("（四）加强在海洋科研、海上搜救等领域交流。", "economic", "ALL/Undertaking/加强", "", "", "")],
        [("（五）扩大人文交流，每年互派100名青年代表团访问对方国家。", "people-to-people", "ALL/Undertaking/扩大;ALL/Undertaking/互派", "", "", "互派 kept as written; 每年 is relative.")],
        [("双方决定于2024年下半年在伊斯兰堡召开中巴经济走廊联合合作委员会第十四次会议。", "economic", "ALL/Undertaking/决定", "2024", "", "2024年下半年 states the year; 第十四次 is an ordinal; the committee is a mechanism.")],
        [("巴方感谢中方长期以来为巴方经济社会发展提供的宝贵支持。", "relations", "PAK/Support/感谢", "", "", "")],
        [("巴方承诺将全力保障在巴中方人员、项目和机构安全。", "security", "PAK/Undertaking/承诺", "", "", "")],
        [("中方对近期发生的针对中方人员的恐怖袭击深表关切，敦促巴方尽快将凶手缉拿归案。", "security", "CHN/Concern/关切;CHN/Appeal/敦促", "", "", "深表关切 -> Concern 关切; 敦促 asks something of the other party -> Appeal.")],
        [("双方强调，中巴经济走廊是开放、包容的合作平台，不针对任何第三方。", "economic", "ALL/Position/强调", "", "", "强调 governs the sentence.")],
        [("双方绝不允许任何势力破坏中巴经济走廊建设。", "security", "ALL/Undertaking/允许/NEG", "", "", "绝不允许 -> 允许, negated.")],
        [("双方表示，愿共同维护南亚地区和平稳定。", "security", "ALL/Position/表示", "", "", "表示 governs the clause.")],
        [("双方认为，阿富汗局势事关地区安全与稳定。", "international", "ALL/Position/认为", "", "", "")],
        [("双方呼吁国际社会向阿富汗提供人道主义援助，敦促阿富汗临时政府采取切实措施打击恐怖主义。", "international", "ALL/Appeal/呼吁;ALL/Appeal/敦促", "", "", "Two appeals with their own objects.")],
        [("巴方向中方介绍了克什米尔局势最新进展。", "international", "", "", "", "Narrative (briefing).")],
        [("中方重申，克什米尔问题应根据《联合国宪章》、联合国安理会有关决议和双边协议妥善和平解决。", "international", "CHN/Position/重申", "", "un-charter", "安理会有关决议 and 双边协议 are not named.")],
        [("中方反对任何使局势复杂化的单边行动。", "international", "CHN/Opposition/反对", "", "", "")],
    ],
    registry={
        "cpec-long-term-plan": {"title": "中巴经济走廊远景规划（2017—2030年）", "aliases": ["中巴经济走廊远景规划"], "type": "plan"},
        "un-charter": {"title": "联合国宪章", "aliases": ["UN Charter"], "type": "charter", "qid": "Q171328"},
    },
)
