package org.chronology.extraction.lang;

/** The kinds of {@code function-words.tsv}: small closed lists the event rules look at. */
public enum FunctionWord {
  /** opens a reported or declared clause (أن، بأن، فإن) */
  COMPLEMENTIZER("complementizer"),
  /** what a declaration is about follows (أعلن عن) */
  ABOUT("about"),
  /** "عدد من": a number of, not a statistic */
  PARTITIVE("partitive"),
  /** a running count or share (عدد، نسبة، حصيلة) */
  STATISTIC("statistic"),
  /** a change made to a count (رفع، خفض، زيادة): "رفع عدد الجنود" is a step, not a statistic */
  COUNT_CHANGE("count-change"),
  /** the size of a running total (حجم التبادل التجاري) */
  RUNNING_TOTAL("running-total"),
  /** an anniversary (الذكرى، بمرور): the happening named after it is the one remembered */
  ANNIVERSARY("anniversary"),
  /** before an anniversary (عشية، بمناسبة): it frames another act of the sentence */
  ANNIVERSARY_FRAME("anniversary-frame"),
  /** a word ending in it names a source (صحيفة، وكالة، تقرير) */
  SOURCE_NOUN("source-noun"),
  /** a capital after it stands for its state (سلطات، حكومة) */
  AUTHORITY("authority"),
  /** "يوم" before a weekday name */
  DAY_NOUN("day-noun"),
  /** opens a period (منذ): its date is a state's start or a gap, not a happening's day */
  SINCE("since"),
  /** a signing verb that also means "occurred" (وقع، وقعت) */
  OCCUR_VERB("occur-verb"),
  /** a relative pronoun (التي، الذي): a verb after it tells of the noun before */
  RELATIVE("relative"),
  /**
   * a reception verb with the guest as its attached pronoun (استقبله): the guest travelled there
   */
  RECEIVED_GUEST("received-guest"),
  /** a reception verb with its guest named (استقبل، يستقبل): a foreign official came to the host */
  RECEPTION("reception"),
  /** the verbal noun of receiving (استقباله): "وكان في استقباله" tells a reception */
  RECEPTION_NOUN("reception-noun"),
  /**
   * the guest of a host, with the host's pronoun or after a title (ضيفه، بضيفه، الرئيس الضيف): the
   * other side travelled to the host
   */
  GUEST("guest"),
  /** the guest's arrival or its airport (لدى وصوله، في المطار): a reception there opens a visit */
  ARRIVAL_SCENE("arrival-scene"),
  /** the guest's arrival as a verb (الذي وصل) in a reception's sentence: that sentence's visit */
  ARRIVED("arrived"),
  /** "until" before a coming day (حتى الأربعاء المقبل): the end of a happening under way */
  UNTIL("until"),
  /** a later hour of a day told ("في وقت لاحق اليوم"): the day's programme going on */
  LATER_IN_DAY("later-in-day"),
  /** "except" after a negated happening (لم تفتح … إلا في): it took place, only then */
  EXCEPT("except"),
  /** an office resident in the host's capital (سفير، قائم بالأعمال): its reception is no visit */
  RESIDENT_ENVOY("resident-envoy"),
  /** the margins of a gathering (على هامش): talks held there stay a meeting, never a visit */
  SIDELINES("sidelines"),
  /** a part of or a spot at a building: a mission after it is a place (باب السفارة) */
  BUILDING_PART("building-part"),
  /** a verb of opinion opening a sentence (يرى، يعتقد): a view follows, not a happening */
  OPINION("opinion"),
  /** opening (افتتح، افتتاح): diplomatic only when a mission or an office is what is opened */
  OPENING("opening"),
  /** a military base (قاعدة): opened, it is military activity, not a diplomatic step */
  OPENED_BASE("opened-base"),
  /**
   * a verb of receiving told as a delivery (تسلم، استلم); with a diplomatic noun as its object
   * (أوراق اعتماد) it is accreditation, not a delivery
   */
  RECEIVING("receiving"),
  /** a round (جولة): with talks after it, the talks themselves, not a journey */
  ROUND("round"),
  /**
   * an ordinal after a round noun (الجولة الثانية): one round of a series (talks, an election, a
   * tournament), never a journey
   */
  ROUND_NUMBER("round-number"),
  /**
   * talks after a numbered round (الجولة الأولى من المشاورات): the round is those talks, a meeting
   */
  ROUND_TALKS("round-talks"),
  /** a deal noun that is also a span of time (عقد، عقود: contracts or decades) */
  SPAN_NOUN("span-noun"),
  /** before a span noun it is a length of time (منذ، طوال، بعد، استمر) */
  SPAN_BEFORE("span-before"),
  /** may stand between a span-before word and the span noun (أكثر من، ثلاثة) */
  SPAN_BETWEEN("span-between"),
  /** after a span noun it is a length of time (كاملاً، من الزمن) */
  SPAN_AFTER("span-after"),
  /** opens a lapse before a happening (بعد، عقب): "بعد ساعات من توقيع …" */
  LAPSE_AFTER("lapse-after"),
  /** a lapse of time short of a date (ساعات، يوم، أيام، أسبوعين) and its modifiers (واحد، قليلة) */
  LAPSE("lapse"),
  /** closes a lapse before the happening it is measured from (من) */
  LAPSE_OF("lapse-of"),
  /**
   * names an earlier happening whose date may follow it (بعد، منذ، إثر): "بعد زيارة أولى عام 1997"
   */
  SEQUENCE("sequence"),
  /** joins the parts of a personal name and takes the word after it (بن، آل، عبد، أبو) */
  NAME_LINK("name-link"),
  /** between a title's state and the name: where the office is held (السفير الإسرائيلي في أنقرة) */
  POSTING("posting"),
  /** a word of accreditation (لدى): the place right after it is an envoy's post, part of a title */
  ACCREDITED("accredited"),
  /** a verb of leaving: the place right after it is where a traveller set out from (غادر دمشق) */
  DEPARTURE("departure"),
  /** a prefix of the present tense (يقول، تؤكد): a word after a name that is no part of it */
  PRESENT_PREFIX("present-prefix"),
  /** a verb of a lasting state opening a sentence (تواصل، لا تزال، تعد): no happening follows */
  STANDING("standing"),
  /** negation before a verb of lasting (لا تزال، ما زالت) */
  STANDING_NEGATION("standing-negation"),
  /** what an agreement provides for follows (ينص على، يقضي ب، يتضمن) */
  CONTENT("content"),
  /** a verb announcing a happening (أعلن): the announcement is the happening it announces */
  ANNOUNCE("announce"),
  /**
   * the start of a verbal noun (استقالة، اكتمال) that, named by a verb of announcing, is an act of
   * no other type
   */
  ANNOUNCED_OTHER("announced-other"),
  /** a withdrawal noun (انسحاب): announced, from a body, a state leaving an organisation */
  WITHDRAWAL("withdrawal"),
  /** "from" after a withdrawal noun (انسحابها من) */
  WITHDRAWAL_FROM("withdrawal-from"),
  /** a body states belong to (رابطة، منظمة، لجنة): leaving it is a diplomatic step */
  MEMBER_BODY("member-body"),
  /**
   * a negation (لا، لن، لم): a happening negated in a reported clause did not or will not happen
   */
  NEGATION("negation"),
  /** a verb placing a happening already told in its context ("وتأتي الزيارة بعد …") */
  FRAMING("framing"),
  /** earlier than the rest of a day ("في وقت سابق أمس"): a saying then precedes that day's news */
  EARLIER("earlier"),
  /** a signing verb or noun (وقع، توقيع): what it signs, written definite, was told before */
  SIGNING("signing"),
  /** the preposition of what is signed (وقع على الإعلان) */
  SIGNED_ON("signed-on"),
  /**
   * a written instrument (البيان، الإعلان، الوثيقة): as the topic of what is said, the one signed
   */
  INSTRUMENT("instrument"),
  /** talks and those at them (المباحثات، المجتمعون): as the topic of what is said, the talks */
  GATHERING("gathering"),
  /** a delegation (وفد): with talks in its sentence and no journey named, a party to the talks */
  DELEGATION("delegation"),
  /** a telephone word (هاتفي): talks by telephone are between parties, never one state's session */
  TELEPHONE("telephone"),
  /** a vehicle; a deal noun after it names what it carries (قطار شحن), not a shipment */
  VEHICLE("vehicle"),
  /** the head of a state's long name (المملكة، السلطنة): alone, the state the article named so */
  STATE_HEAD("state-head"),
  /**
   * a word for the state the article is about after a posting word (لدى البلاد): where it is held
   */
  HOST_STATE("host-state"),
  /**
   * a decision or agreement (قرر، اتفق): what was decided is the news even in a dated declaration
   */
  DECISION("decision"),
  /** names an aim (الرامية إلى، بهدف، لبحث): the happening after it is what is sought, not done */
  PURPOSE("purpose"),
  /**
   * a verb of hope or aspiration (تتطلع إلى، يأمل في، تطمح إلى): the happening named after its
   * preposition is hoped for, not done nor set for a day
   */
  HOPE("hope"),
  /**
   * a verb of planning (تخطط، يخطط): before an attack or a killing it tells a plot, the incident
   * the guide counts as happened when it is foiled, not a plan of the article's actors
   */
  PLOT("plot"),
  /**
   * a word of a span given to act within (في غضون): the happening named after its "من" starts the
   * count of a deadline ("في غضون 72 ساعة من تسلم الإشعار"), no happening of its own
   */
  WITHIN("within"),
  /**
   * the status a declaration confers, right before its trigger (شخص غير مرغوب فيه): saying it is
   * doing it, so the declared act is the news even in a dated declaration
   */
  CONFERRED("conferred"),
  /** "any" (أي، بأي): the happening named right after it is a hypothesis, not a happening */
  ANY("any"),
  /** a condition (إذا، لو، في حال): a happening named shortly after it is a hypothesis */
  CONDITION("condition"),
  /**
   * heads a state institution when a state adjective closes it (وزارة … التركية، الجيش السوداني)
   */
  INSTITUTION("institution"),
  /**
   * heads a state's armed body only with a complement (القوات المسلحة المصرية); alone with the
   * adjective (القوات الإسرائيلية) it is the state
   */
  FORCE("force"),
  /**
   * heads a state body in construct with the state's own name (برلمان كوسوفو، جيش جنوب السودان):
   * that state's organisation
   */
  STATE_BODY("state-body"),
  /**
   * heads a body two states share (اللجنة، مجلس): two state adjectives after it name it as both
   * states' (اللجنة العليا المشتركة التونسية القطرية)
   */
  JOINT_BODY("joint-body"),
  /**
   * the adjective that closes a joint body's name (اللجنة الفنية المشتركة): the body both parties
   * share, an actor though no state adjective names its states
   */
  JOINT_ADJECTIVE("joint-adjective"),
  /**
   * heads a body whose name goes on with what it is for (اللجنة المشتركة للتعاون الاقتصادي، الشركة
   * السورية للبترول): the complement after ل is part of its name
   */
  NAMED_BODY("named-body"),
  /**
   * a noun after ل that tells to whom or for how long, never what a body is for (للصحفيين، للمرة)
   */
  NOT_BODY_PURPOSE("not-body-purpose"),
  /** an honorific written before a ruler's or a royal's name (الملك، الأمير، الشيخ، السلطان) */
  HONORIFIC("honorific"),
  /** A style of address before a ruler's title (جلالة الملك): with no name, the one holder. */
  STYLE("style"),
  /**
   * an office whose holder leads a state (رئيس، ملك، أمير): "الزعيمان" stands for the holders the
   * article named for the two states
   */
  LEADER_OFFICE("leader-office"),
  /**
   * a minister's office (as titles.tsv names it) a bare definite title of which ("الوزير"، "وزير
   * الخارجية") stands for the one holder of it the article named by then
   */
  ONE_HOLDER_OFFICE("one-holder-office"),
  /** a word never part of a person's name that often follows one (يوم، مساء، وصل، قال) */
  NOT_NAME("not-name"),
  /**
   * the office a title takes in construct with a pronoun ("وزير خارجيتها فلان"): part of the title,
   * never of the name after it
   */
  OFFICE_NOUN("office-noun"),
  /**
   * the affairs an office is for, after ل ("وزير الدولة لشؤون الطاقة فلان"): with the definite
   * nouns after it, part of the title, never the name
   */
  PORTFOLIO("portfolio"),
  /**
   * a government an office is held in ("وزير الطاقة في حكومة تصريف الأعمال فلان"): with its
   * complement, part of the title, and the name follows
   */
  CABINET("cabinet"),
  /**
   * a region governed within a state, in construct with its name after an office ("رئيس إقليم
   * كردستان فلان"، "رئيس ولاية بونتلاند فلان"): with its name, part of the title, and the holder's
   * name follows
   */
  REGION("region"),
  /**
   * the first word of a dual title (الوزيران، وزيرا خارجية): after its first name, "و" + a name is
   * the second holder of the office
   */
  DUAL_TITLE("dual-title"),
  /** a dual or plural ending of a present verb (يشهدان، يقولون): after و, a verb, not a name */
  VERB_ENDING("verb-ending"),
  /** the last word of a name that needs the word before it to be a surname (جاووش أوغلو) */
  NAME_TAIL("name-tail"),
  /** a company named in quotation marks follows it (شركة "…") */
  COMPANY_HEAD("company-head"),
  /** a word after a company's name that belongs to it ("سيستمز"): the name is the company's */
  COMPANY_TAIL("company-tail"),
  /** an armed group or movement named in quotation marks follows it (جماعة "…") */
  GROUP_HEAD("group-head"),
  /** a body, party or alliance named in quotation marks follows it or opens its name */
  BODY_HEAD("body-head"),
  /** an approval (وافق، أقر، صادق): what is approved after it may be the happening */
  APPROVAL("approval"),
  /**
   * the start of a word for people taken out of a country (رعايا، مواطني، دبلوماسيي): as the object
   * of the letters أجلت it is "evacuated", not the call-off "postponed" (أجّلت without its shadda)
   */
  TAKEN_OUT("taken-out"),
  /** the call-off letters that are also the verb of evacuating (أجلت، أجلى) */
  TAKEN_OUT_VERB("taken-out-verb"),
  /** ties (العلاقات): with "diplomatic" after it, a signed document about relations */
  TIES("ties"),
  /** diplomatic (الدبلوماسية), after ties */
  DIPLOMATIC("diplomatic"),
  /**
   * peace or normalisation (السلام، التطبيع): after a document's head word (معاهدة سلام، اتفاق
   * التطبيع) it makes the document a peace instrument, a deal
   */
  PEACE("peace"),
  /** a document's head word before what it is about (إعلان، بيان، تأييد، بروتوكول) */
  DOCUMENT("document"),
  /** a reply (ردت، ترد): what follows is another party's act, not more of the one before */
  RESPONSE("response"),
  /** a light verb taking the happening's verbal noun (تعيد فتح، تبدأ، تعقد): future, so planned */
  HELPER("helper"),
  /** a passive helper (يتم، يجري، يعاد): future, before the noun or right after it, so planned */
  PASSIVE_HELPER("passive-helper"),
  /** a complementizer with the speaker's pronoun (إنهما، بأنها): the subject speaks of itself */
  SAID_THAT("said-that"),
  /** كان opening a past perfect whose subject stands before its verb (وكانت المحكمة قد أمرت) */
  WAS("was"),
  /** the particle before that verb (قد، لقد) */
  PERFECT("perfect"),
  /** ratification (مصادقة، تصديق): an agreement after it is ratified, a step in relations */
  RATIFICATION("ratification"),
  /** "on it" after an approval verb (صادق عليها): what is approved was named before */
  ON_IT("on-it"),
  /** a suspension (تعليق، تجميد): a treaty after it is suspended, a step in relations */
  SUSPENSION("suspension"),
  /**
   * a law (قانون): signed by a head of state it is one state's decision, not an agreement between
   * parties; the step in relations the law enacts
   */
  LAW("law"),
  /** a verb of agreeing (اتفق، اتفقا): what follows "على" is the agreement's content */
  AGREED("agreed"),
  /** "على" after a verb of agreeing, and opening each further item with و (، وعلى فتح معابر) */
  AGREED_ON("agreed-on"),
  /** a plan's frame before أن (من المقرر أن، من المنتظر أن): the verb after it is planned */
  PLAN_FRAME("plan-frame"),
  /** "على" opening a clause before أن (، على أن يبدأ): the verb after it is a planned step */
  PLAN_ON("plan-on"),
  /** a verb after a plan's frame that tells no happening (يكون، يسهم، يؤدي) */
  PLAN_NOT("plan-not"),
  /** holding (يعقد، تعقد): after a plan's frame it holds a session, a round or talks, a meeting */
  PLAN_HOLD("plan-hold"),
  /**
   * a word of heading on (متوجهاً): after a plan's verb of leaving, the traveller goes on to
   * another place, a visit
   */
  HEADING("heading"),
  /** the future prefix (ستعبر، سيبلغ) */
  FUTURE_PREFIX("future-prefix"),
  /** a coming time (المقبل، المقبلة) that, in the clause of a future verb, makes the verb a plan */
  PLAN_SOON("plan-soon"),
  /**
   * a verb declaring what its subject will do (أعلن، أكد): a future verb in its complement is
   * planned
   */
  DECLARED_PLAN("declared-plan"),
  /** words that begin like a future verb (س + ي/ت/ن) but are nouns or past verbs (سياسة، سيطرت) */
  NOT_FUTURE("not-future"),
  /**
   * a verb of weighing a step (تدرس، تنظر): what a declaration says will be weighed is a position,
   * not an act to come
   */
  WEIGHING("weighing"),
  /** a verb of welcoming (رحب، ترحب): with the two sides as subject, it tells the step welcomed */
  WELCOME("welcome"),
  /** a call on someone (دعا، تدعو): the happening after its "إلى" is called for, not done */
  CALL("call"),
  /** a demand on someone (طالب، تطالب): the happening behind its "ب" is demanded, not done */
  DEMAND("demand"),
  /** a demand in the present (تطالب): undated, a standing demand */
  DEMAND_PRESENT("demand-present"),
  /** the attached preposition of what is demanded (ب) */
  DEMANDED_WITH("demanded-with"),
  /** after a negation, "no precedent" (لم يسبق أن): the happening after it never took place */
  PRECEDENT("precedent"),
  /**
   * a word opening a clause that tells what happened next in the same story ("، قبل أن"، "، ثم"):
   * with a date of its own the clause is a later happening
   */
  SEQUEL("sequel"),
  /**
   * a word opening a clause that tells what came before the happening of the sentence and led to it
   * ("، غداة الزلزال الذي ضرب … في السادس"، "بعد سقوط الطائرة في 31 أكتوبر"): with a date of its
   * own the clause is an earlier happening
   */
  CAUSE("cause"),
  /**
   * "during it" with a pronoun pointing back at the happening told before it in the sentence ("زار
   * بغداد في نيسان، جرى خلالها توقيع اتفاقية"): what the clause tells happened on its days
   */
  DURING_IT("during-it"),
  /**
   * "where" opening a clause after a gathering told with its day ("يزور فاليتا غداً، حيث يوقع
   * الجانبان مذكرة"): what the clause tells takes place at that gathering, on its days
   */
  WHERE_AT("where-at"),
  /** the relative before a verb of consequence opening a clause (ما، مما، الذي) */
  CONSEQUENCE_RELATIVE("consequence-relative"),
  /** a verb of driving someone to act after a consequence relative (ما دفع، ما اضطر) */
  DRIVEN("driven"),
  /** a verb of provoking a reaction after a consequence relative (ما أثار احتجاج باريس) */
  PROVOKED("provoked"),
  /** right before a statement's verb: another side's reaction (فيما، بينما، في المقابل) */
  CONTRAST("contrast"),
  /**
   * a word or pair opening a sentence before its saying verb that gives the floor to another voice
   * (من جهته، بدوره): the saying answers what was told
   */
  REPLY_OPENER("reply-opener"),
  /** the preposition before a place where a reply was said ("وفي موسكو، قالت …") */
  PLACE_IN("place-in"),
  /** a saying verb opening what someone said (قال، قالت) */
  SAYING("saying"),
  /** a verb of attacking that may attack in words (هاجم): see verbal-attack-* and attacked-word */
  VERBAL_ATTACK("verbal-attack"),
  /** right after the attacking verb, pointing back at words told before it (هاجم فيها) */
  VERBAL_ATTACK_IN("verbal-attack-in"),
  /** two words after the attacking verb telling it was said (على لسان، في بيان) */
  VERBAL_ATTACK_BY("verbal-attack-by"),
  /** the start of an object attacked only in words (الزيارة، القرار، الموقف، التصريحات) */
  ATTACKED_WORD("attacked-word"),
  /** a word after which the attacked object is no longer sought (خلال، أثناء، بعد) */
  VERBAL_ATTACK_END("verbal-attack-end"),
  /** a denial or rejection pointing back with its object pronoun (نفته، رفضتها) */
  REJOINDER("rejoinder"),
  /**
   * a denial or rejection with its object pronoun (نفته، رفضتها), which after a relative pointing
   * back at a claimed incident is the accused side's reply within the claim's report
   */
  DENIED_CLAIM("denied-claim"),
  /**
   * a word after which a claim's happening noun is what the claim is about (أن، عن: "أن الاجتماع
   * استغرق"، "تحدثت عن الصفقة"): a definite noun there points back at a happening already told
   */
  CLAIM_ABOUT("claim-about"),
  /** a verb of denying with its object after it (نفى، نفت): what it denies may be a claim */
  DENIAL("denial"),
  /**
   * a relative pointing back at what the clause before told (وهو ما، الأمر الذي): a reaction verb
   * after it is another party's reaction
   */
  POINTING_BACK("pointing-back"),
  /**
   * a pronoun renaming what the clause before told by a definite noun and a relative pronoun (وهي
   * الخطوة التي، وهو القرار الذي): pointing back like {@link #POINTING_BACK}
   */
  POINTING_PRONOUN("pointing-pronoun"),
  /**
   * a verb of judging or answering with its object pronoun (وصفته، اعتبرتها، ردت عليه), a reaction
   * after a relative pointing back (وهو ما وصفته طهران بأنه …)
   */
  REACTION_BACK("reaction-back"),
  /**
   * a reaction's noun after عن (ترحيب، إدانة، خيبة أمل، قلق): what is expressed about a happening
   */
  REACTION_NOUN("reaction-noun"),
  /** a verb of expressing a reaction (أعرب، أبدى), its عن and the reaction's noun after */
  EXPRESSING("expressing"),
  /** a present verb of saying or expecting before unnamed commentators (يقول، يتوقع) */
  COMMENTARY_VERB("commentary-verb"),
  /** unnamed commentators (خبراء، محللون، مراقبون): their view is no happening */
  COMMENTATOR("commentator"),
  /**
   * the title of one who comments on the news (الصحفي، الكاتب) right after a verb of saying or
   * writing: he tells about a happening, he takes no part in it
   */
  TELLER_TITLE("teller-title"),
  /** before the end of a period, a deadline (قبل نهاية العام، بحلول نهاية الشهر) */
  DEADLINE("deadline"),
  /** a verb of saying, writing or viewing a teller's title follows (كتب الصحفي، وقال الكاتب) */
  TELLER_VERB("teller-verb"),
  /** a verb of what goes on (تجري، يخوض): with a start (منذ) it tells a lasting process */
  ONGOING("ongoing"),
  /** a lasting state before منذ (مغلقة منذ، مقطوعة منذ): how things stand since */
  LASTING_STATE("lasting-state"),
  /** "repeatedly" right after a verb (نفت مراراً): a habit, not one happening */
  REPEATEDLY("repeatedly"),
  /** a verb of a reaction that, negated at a sentence's opening, tells none came (لم يصدر) */
  REACTION_VERB("reaction-verb"),
  /** the first word of a spokesman's office (متحدث): the person speaks for a ministry or a state */
  SPOKESMAN("spokesman"),
  /**
   * a verb of what went on at a happening already told, opening a sentence before its definite noun
   * ("وجرى التوقيع …"، "وحضر الاجتماع …"، "وتستمر الزيارة …"): the same happening again
   */
  FURTHER_MENTION("further-mention"),
  /** a verb of how long a visit lasts (تستغرق، تستمر) before its length in days */
  STAY("stay"),
  /** a length in days after a stay verb: the dual (يومين) or the plural after a number (أيام) */
  STAY_DAYS("stay-days"),
  /**
   * the level of relations or representation (مستوى، التمثيل): lowered beside an expulsion or a
   * recall in one sentence it is the same measure, not a step of its own
   */
  RELATIONS_LEVEL("relations-level"),
  /**
   * the verbal noun of a step one state takes against another's mission or envoy (طرد، استدعاء،
   * إغلاق): two such nouns listed under one verb ("أعلنت إغلاق سفارتها وطرد السفير") are two steps
   */
  LISTED_STEP("listed-step"),
  /**
   * a word of addition (إلى جانب) right before an instrument named after a signing's first one:
   * another instrument signed beside it
   */
  ADDITION("addition"),
  /**
   * cargo (شحنة، محملة): what arrives when it is the subject of an arrival verb, a delivery rather
   * than a journey
   */
  CARGO("cargo"),
  /** an aircraft (طائرة، على متن): what an arrival verb may tell landing with people aboard */
  AIRCRAFT("aircraft"),
  /**
   * citizens or nationals (مواطناً، المواطنان، رعايا): brought home aboard an aircraft, they are no
   * official or delegation travelling, so their landing is no visit
   */
  CARRIED_CITIZENS("carried-citizens"),
  /**
   * a travel document or visa (جواز، تأشيرة): a journey noun it governs ("جوازات سفر"، "تأشيرات
   * لزيارة الجزر") is the document's use, visa policy (diplomatic), not a visit
   */
  TRAVEL_PAPER("travel-paper"),
  /**
   * several agreements signed together (اتفاقيات، وثائق): a package with a visa item among its
   * fields is a deal, not a visa policy
   */
  AGREEMENT_SET("agreement-set"),
  /** a past verb of arriving whose place follows with an attached preposition (حل بتونس) */
  ARRIVAL("arrival"),
  /** the same verb in the present (يحل بسبتة) */
  ARRIVAL_PRESENT("arrival-present"),
  /** the preposition attached to the place of arrival (ب) */
  ARRIVAL_PREPOSITION("arrival-preposition"),
  /** a noun of a place after that preposition (بمدينة، بالعاصمة) */
  PLACE_NOUN("place-noun"),
  /**
   * the capital noun: with a state's adjective it names that state's capital (العاصمة الإثيوبية)
   */
  CAPITAL_NOUN("capital-noun"),
  /** an accusation as a circumstantial participle (متهمة): the reason of an act told before it */
  ACCUSING_PARTICIPLE("accusing-participle"),
  /** declining (رفض، امتنع): with a comment noun after it, nothing was declared */
  DECLINED("declined"),
  /** the comment declined (التعليق) */
  COMMENT_NOUN("comment-noun"),
  /** before a tour noun after a visit (ضمن جولة، في إطار جولة): the frame of that visit */
  PART_OF("part-of"),
  /**
   * the preposition that makes a visit noun the frame of the act told before it in the sentence
   * ("وصل … في زيارة رسمية"، "أجرى مباحثات … في إطار الزيارة"): that act's visit, told again
   */
  FRAME_IN("frame-in"),
  /** the preposition before a journey's destination (يتوجه إلى أربيل): a leg, not a stop */
  DESTINATION("destination"),
  /** the copula after a negation ("لم يكن … سوى"): it negates a description, not the happening */
  NEGATED_COPULA("negated-copula"),
  /**
   * a verb after لم/لن whose negation stays its own (لم تمض ساعات حتى، لم تنس، لم تشهد، لم تحظ، لم
   * تسمه): the happening named after it is not denied
   */
  NEGATION_OWN("negation-own"),
  /** the press after a round noun ("جولة الصحف"، "جولة في الصحافة"): a press review, no journey */
  PRESS("press"),
  /** "في" between a round noun and the press ("جولة في الصحف") */
  PRESS_IN("press-in"),
  /** the noun of holding a gathering ("على عقد الجولة الثانية"): what is agreed to be held */
  HOLDING("holding"),
  /**
   * a verb of witnessing (شهد، تشهد): a happening noun it tells of in a relative clause is the
   * occasion of the act that is its object ("الزيارة التي شهدت توقيع …"), not the news
   */
  WITNESS("witness"),
  /**
   * a plural noun that names one sitting of talks (محادثات، مباحثات): undated, it is no habit but
   * the talks held, whose parties take part in the happening they belong to
   */
  SITTING_PLURAL("sitting-plural"),
  /** a numbered session (الدورة الثالثة): of a standing body after it, a sitting of that body */
  SESSION("session"),
  /** a standing joint body (للجنة، لمجلس) whose numbered sessions are meetings */
  STANDING_BODY("standing-body"),
  /**
   * a verb of saying opening the sentence right after a happening, its subject, introduced with his
   * office, the one who gives the account of it (وقال المتحدث باسم الوزارة فلان إن …)
   */
  SAID_AFTER("said-after"),
  /** the noun of an invitation (دعوة، الدعوة): what an inviting verb hands over */
  INVITATION("invitation"),
  /**
   * the verb of accepting with the invitation as its pronoun (قبلها، قبلتها): the visit invited to
   * is then a planned trip of its own, not only the invitation's object
   */
  INVITATION_ACCEPTED("invitation-accepted"),
  /**
   * the word right before a visit noun that makes the visit the frame of the act told before it in
   * the sentence (خلال زيارة، في مستهل زيارة، في ختام زيارة): the one who did that act made it
   */
  VISIT_FRAME("visit-frame"),
  /**
   * a verb of making a visit in the visit noun's own clause (زيارة قام بها فلان، زيارة يجريها
   * الملك): the noun names its own visitor
   */
  VISIT_DOER("visit-doer"),
  /**
   * a word opening a state's long form inside a title, before the state's name ("وزيرة خارجية مملكة
   * النرويج فلانة"): the title's state
   */
  TITLE_LONG_FORM("title-long-form"),
  /**
   * the signed participle right after an instrument's definite noun ("المذكرة الموقعة"، "الاتفاق
   * الموقع"): the instrument was signed, as told before
   */
  SIGNED_PARTICIPLE("signed-participle"),
  /**
   * a noun of a place named after a person (مطار، جامعة): the name right after it is the place's,
   * its person takes no part in what the clause tells
   */
  NAMED_PLACE("named-place"),
  /** forming a body (تشكيل، إنشاء): the body after it is what is agreed on, not a party */
  FORMING("forming"),
  /**
   * the word before the body that gives the account of a happening (بحسب، وفق ما أعلنته، بيان): the
   * body tells of it, it takes no part
   */
  ACCOUNT_BY("account-by"),
  /**
   * a verb of saying right before a body that tells what a visit or talks were (وذكرت الرئاسة أن
   * …): the body reports them, it is no party to them
   */
  ACCOUNT_VERB("account-verb"),
  /** the two words before the body a source of the account is in (مصدر في، مصادر في) */
  ACCOUNT_IN("account-in"),
  /**
   * a word adding one more item to an announced programme at a sentence's opening (كما): a present
   * verb after it, on a bare weekday, tells the programme still to come
   */
  PROGRAMME_ALSO("programme-also"),
  /**
   * a present verb of a visit's programme (يفتتح، يترأس، يعقد) opening a body sentence before the
   * happening's noun: on a bare weekday, the programme still to come
   */
  PROGRAMME_VERB("programme-verb"),
  /**
   * a verb telling the day a stay began (بدأها، انطلقت): a weekday after it is that first day, gone
   * by, not the day of the present verb before it
   */
  BEGUN("begun");

  final String code;

  FunctionWord(String code) {
    this.code = code;
  }
}
