package dev.rapport.language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documented rules behind every signal that is not learned: each is a regular expression over one sentence,
 * written as lower-case tokens joined by single spaces (CoreNLP splits "I'm" into {@code i 'm} and "don't" into
 * {@code do n't}), so the patterns below read as the phrases they catch. See the package's README section for the
 * list in prose.
 *
 * <p>Rules are about the sentence alone; message-level judgements (greeting before the ask, and so on) are made in
 * {@link LanguageAnalyzer}. Add a phrase here together with a line in {@code networking-signals.tsv}.
 */
public final class SentenceRules {

  static final String ASK = "ask";
  /** An ask that is a request for a favour, not an offer, check-in or thank-you: see {@link #isRequest}. */
  static final String REQUEST = "request";
  static final String GRATITUDE = "gratitude";
  static final String GREETING = "greeting";
  static final String SELF_INTRODUCTION = "self_introduction";
  static final String REASON_FOR_WRITING = "reason_for_writing";
  static final String OFFER_OF_HELP = "offer_of_help";
  static final String SHARING = "sharing";
  static final String CONGRATULATIONS = "congratulations";
  static final String APOLOGY_FOR_DELAY = "apology_for_delay";
  static final String JOB_SEARCH = "job_search";
  static final String QUESTION = "question";
  static final String QUESTION_ABOUT_READER = "question_about_reader";

  private static final String YOU = "(?:you|your|yours|yourself|u)";
  private static final String I_AM = "(?:i 'm|i am|im|i m)";

  // Thanks for something given; "thanks in advance" and "would be appreciated" thank for help not yet given.
  private static final Pattern THANKS = p("\\b(?:thank|thanks|thx|ty|tks|grateful|gratitude|appreciate|appreciated"
      + "|appreciative|thankful|kudos to you)\\b");
  private static final Pattern THANKS_ANTICIPATORY = p("\\b(?:thanks?|thank you) (?:so much |very much )?in advance\\b"
      + "|\\bwould (?:be|be greatly|be much|be very much|really be) appreciated\\b|\\bappreciate (?:it|any|your) .*\\bif\\b"
      + "|\\bi would appreciate\\b|\\bi 'd (?:really |greatly )?appreciate\\b|\\bi would be grateful\\b"
      + "|\\bi 'd be (?:so |very |really )?grateful\\b");
  private static final Pattern NOT_THANKS = p("\\bno thanks?\\b|\\bthanks to (?!you\\b|your\\b)|\\bthank god\\b"
      + "|\\bno ,? thank you\\b");

  private static final Pattern GREETING_RX = p("^(?:hi|hello|hey|hiya|howdy|dear|greetings|(?:good )?(?:morning|"
      + "afternoon|evening)|good day)\\b|^(?:i )?hope (?:you|this|all|your|everything|the|things|that you)\\b.*\\b(?:well|good|great"
      + "|fine|nice|safe|healthy|going|finds|treating|week|weekend|holidays?|break|trip|vacation|summer)\\b"
      + "|^how (?:are|have) you(?: been| doing| keeping)?(?: lately| these days| today)? ?(?:[?!.,]|$)"
      + "|^(?:great|nice|good|lovely|wonderful) (?:meeting|to meet|seeing|to see|chatting"
      + "|talking|connecting|to connect) (?:you|with you)\\b"
      + "|^(?:it 's|it has been|it 's been) (?:a while|too long|ages)\\b|^long time no (?:see|talk|speak)\\b");

  private static final Pattern SELF_INTRO = p("\\bmy name (?:is|'s)\\b|^ this is [a-z]+ (?:[a-z]+ )?(?:from|at|with)\\b"
      + "|\\b" + I_AM + " (?:currently |now |a recent |recently )?(?:a|an|the) (?:[a-z'-]+ ){0,5}(?:student|junior"
      + "|senior|sophomore|freshman|graduate|grad|undergrad|undergraduate|major|minor|candidate|alum|alumnus|alumna"
      + "|analyst|engineer|developer|designer|intern|researcher|consultant|manager|professional|phd|mba|scientist"
      + "|teacher|nurse|accountant|founder|associate|fellow|postdoc|specialist|coordinator|veteran|programmer"
      + "|lawyer|attorney|writer|journalist|marketer|scholar|member|officer|director|lead|owner|chef|paralegal"
      + "|technician|tech|administrator|recruiter|bookkeeper|representative|rep|editor|producer|artist|photographer"
      + "|architect|planner|economist|statistician|pharmacist|therapist|physician|doctor|resident|organizer|mentor"
      + "|freelancer|contractor|tutor|librarian|mechanic|pilot|changer|newcomer|parent|clerk|assistant|executive"
      + "|strategist|instructor|professor|lecturer|advisor|adviser)s?\\b|\\b" + I_AM + " (?:a |an |the )?(?:[a-z.-]+ ){0,3}"
      + "(?:student|analyst|engineer|developer|designer|accountant|manager|consultant|nurse|teacher|researcher"
      + "|scientist|lawyer|writer|recruiter|director|lead|specialist|intern|officer|coordinator|associate) (?:at|with"
      + "|for|in|from)\\b|\\b" + I_AM + " (?:currently )?(?:studying|majoring|pursuing"
      + "|completing|finishing|working (?:as|at|in|on)|in my (?:first|second|third|final|last|junior|senior) year)\\b"
      + "|\\bi (?:recently |just )?(?:graduated|studied|majored) (?:from|at|in)\\b|\\bi (?:currently )?(?:study|major in)\\b"
      + "|\\bi (?:currently )?work (?:as|at|for|in)\\b|\\bi (?:lead|run|manage|head|direct|coordinate|own|founded|started)"
      + " (?:a|an|the|our|my) (?:[a-z-]+ ){0,3}(?:team|group|lab|department|program|club|chapter|office|unit|practice"
      + "|business|company|firm|studio|shop|agency|startup|nonprofit|consultancy|clinic|bakery|restaurant)\\b|\\bcurrently " + I_AM + "?"
      + " ?(?:finishing|studying|working|completing|pursuing)\\b|\\b(?:a (?:little|bit) )?about (?:me|myself) ?:"
      + "|\\bto introduce myself\\b|\\bintroduce myself\\b|\\b(?:quick|some|a bit of|brief) background\\b|\\bi 'm [a-z]+ ,? (?:a|an) \\b");

  private static final Pattern REASON = p(
      // a referral
      "\\b(?:suggested|recommended|advised|encouraged|told me to|mentioned (?:that )?i should) (?:that )?i "
      + "(?:reach|contact|get|write|email|speak|talk|connect|ask)\\b|\\bsuggested (?:i|that i|reaching|contacting|"
      + "writing|getting)\\b|\\breferred me\\b|\\bgave me your (?:name|email|contact|address|information|info)\\b"
      + "|\\bpassed (?:along|on) your (?:name|email|contact|info)\\b|\\bat the suggestion of\\b|\\bour mutual\\b"
      + "|\\bmutual (?:friend|connection|contact|colleague)\\b|\\bsuggested i\\b|\\brecommended (?:i|you|that i)\\b"
      + "|\\b(?:said|told me|mentioned) (?:that )?you (?:might|would|could|may|were|are|'d)\\b"
      // a shared school, employer or group
      + "|\\bfellow (?:[a-z]+ )?(?:alum|alumnus|alumna|alumni|student|graduate|member|bruin|trojan|wolverine|hoosier"
      + "|engineer|veteran|badger|buckeye)\\b|\\b(?:also|both) (?:went|go|studied|graduated|attended|worked|work|"
      + "interned)\\b|\\bwe both\\b|\\bas a fellow\\b|\\b(?:alumni|alumnus|alumna) (?:network|directory|database|"
      + "association|group|list)\\b|\\bsame (?:school|university|college|program|company|team|hometown|club|major)\\b"
      // an event
      + "|\\b(?:we|i) met (?:at|during|last|briefly|on|in)\\b|\\bmet you (?:at|during|last|briefly|on|in)\\b"
      + "|\\b(?:heard|saw|watched) you (?:speak|present|talk|at|on)\\b|\\byour (?:talk|presentation|panel|session|"
      + "keynote|webinar|workshop|lecture|remarks|speech)\\b|\\bat the (?:[a-z]+ ){0,3}(?:career fair|conference|meetup|"
      + "info session|information session|networking (?:event|night|session)|alumni (?:event|dinner|mixer)|hackathon|"
      + "summit|symposium|expo)\\b|\\b(?:enjoyed|loved) (?:meeting|speaking with|talking|chatting|our)\\b"
      + "|\\b(?:great|nice|good|pleasure) (?:meeting|to meet|speaking|talking|chatting|to speak|to talk|to chat)\\b"
      // an interest in their work
      + "|\\b(?:read|saw|came across|enjoyed|noticed|found|followed|listened to|watched) (?:your|you)\\b(?! (?:message|"
      + "messages|email|e-mail|note|reply|text|voicemail|response|invite|invitation|call)\\b)"
      + "|\\byour (?:recent |latest )?(?:article|post|blog|paper|book|podcast|research|work on|project on|thread|"
      + "newsletter|column|video|channel|course|writing|essay|interview|op-ed)s?\\b|\\bthought you (?:would|might|'d)"
      + " be (?:a|the) (?:good|great|right|best) (?:person|people|contact)\\b|\\b(?:we|i) (?:overlapped|worked together|"
      + "crossed paths)\\b|\\blike you , i\\b"
      + "|\\b(?:said|told me|suggested|mentioned) (?:that )?i (?:should|could|might|may) (?:reach|contact|get|write|drop|"
      + "message|email|ping|talk|speak|connect)\\b"
      + "|\\b(?:writing|reaching out|emailing|messaging|contacting you|getting in touch) (?:because|since|as|"
      + "regarding|about|to ask|to inquire|to learn|to see|to introduce|on behalf)\\b|\\breaching out (?:because|since|"
      + "as|regarding|about|to)\\b|\\bthe reason (?:i|i 'm|i am) (?:writing|reaching|contacting|emailing|messaging)\\b"
      + "|\\bi noticed (?:that )?you\\b|\\b(?:interested|fascinated|inspired) (?:in|by) your\\b");

  private static final Pattern OFFER = p("\\b(?:let me know|tell me|just say|holler) (?:if|how|whether) (?:i|there 's"
      + " anything|there is anything|anything)\\b[^.?!]{0,80}?\\b(?:help|do|be of|assist|support|useful)\\b|\\b(?:happy|glad|delighted|willing|more than happy) to (?:help|introduce|connect|share|review|"
      + "look|take a look|send|pass|put you|make|give|chat with you about|answer|read|proofread|mentor|support|"
      + "return the favor|refer you|vouch)\\b|\\bi (?:'d|would|could|can|'ll|will) (?:be happy|be glad|love|gladly|"
      + "happily) (?:to )?(?:help|introduce|connect|share|review|look|send|pass|put you|refer)\\b|\\bif (?:i|there 's"
      + " anything i|there is anything i|anything i) can (?:do|help|be of)\\b|\\b(?:can|could|may|shall) i (?:help|"
      + "introduce|connect|send you|share|offer)\\b|\\bi can (?:introduce|connect you|put you|send you|share|help|"
      + "refer you|make an introduction)\\b|\\bwould you like me to\\b|\\bwant me to\\b|\\b(?:any|some) way i can"
      + " (?:help|support|be)\\b|\\bif you ever need\\b|\\bi (?:'m|am) (?:always )?(?:here|available) (?:to|if|for)"
      + " (?:help|you)\\b|\\bhappy to return the favou?r\\b|\\bi 'd love to help\\b|\\boffer (?:to help|my help)\\b"
      + "|\\bglad to lend\\b|\\bcount me in\\b"
      + "|\\b(?:happy|glad|willing|more than happy|delighted) to (?!hear|see|learn|report|announce|be |have|know|say"
      + "|share that|share news|tell you that|jump on|hop on|work around|accommodate|discuss|follow"
      + "|provide|answer any|schedule|come)[a-z]+\\b|\\bif you (?:'d|would) like me to\\b|\\bif you want me to\\b"
      + "|\\bwould it help if i\\b|\\bif you need (?:someone|anyone|a hand|an extra|another|more|help)\\b"
      + "|\\bfeel free to (?:use my name|mention me|mention my name|drop my name|lean on me|call on me|reach out to me)\\b"
      + "|\\bi (?:'d|would) (?:like|love) to (?:volunteer|offer|help)\\b|\\bi (?:can|could|'d|would|'ll|will) (?:also )?"
      + "(?:make an intro|make the intro|send|share|forward|draft|write up|put together|walk you|look over|proofread"
      + "|cover|test|host|lend|loop you in)\\b.*\\bif (?:you|that|it|this)\\b|\\bif (?:it 's|it is|that 's|that is|it"
      + " would be|it 'd be|that would be|that 'd be|it helps|that helps) (?:useful|helpful|of use|any help|of any use)?"
      + " ?,? i (?:can|could|'d|would|'ll|will|'m happy)\\b|\\b(?:let me know|tell me) if (?:there 's |there is )?anything i can\\b"
      + "|\\bi (?:could|can|'d|would|'ll) (?:gladly )?(?:connect|introduce|put) you\\b|\\bif (?:you|your [a-z]+) (?:ever )?"
      + "needs? (?:a|an|any|someone|help|a hand)\\b.*\\b(?:i|me)\\b|\\b(?:let me know|tell me) (?:if|how) i can (?:ever )?return the favou?r\\b");

  /** The writer's own résumé or portfolio sent "if you like" is a pitch, not an offer. */
  private static final Pattern OFFER_OWN_MATERIAL = p("\\b(?:send|share|forward|review|look at|look over|see|read)"
      + " (?:you )?(?:over )?my (?:resume|résumé|cv|portfolio|profile|cover letter|work|application)\\b");

  /** "Would you be willing to ...": the reader is asked, nothing is offered. */
  private static final Pattern NOT_OFFER = p("\\b(?:would|could|will|can|are) you (?:be )?(?:willing|happy|glad|able|"
      + "open)\\b|\\byou (?:'d|would) be (?:willing|happy|glad|able|open)\\b");

  private static final Pattern SHARING_RX = p("\\b(?:thought|think|figured) you (?:might|would|'d|may|could) (?:find|"
      + "enjoy|like|be interested|appreciate|want|get)\\b|\\b(?:sharing|share|passing along|passing on|forwarding|"
      + "sending along|sending you|attaching|attached is|attached are|here is|here 's|here are|sent you|linking)"
      + " (?:a|an|the|this|these|that|some|two|three|few|an interesting|a great|a useful|a link)?\\b ?(?:[a-z-]+ ){0,3}"
      + "(?:article|link|paper|post|resource|piece|report|video|podcast|job posting|posting|list|book|guide|blog|"
      + "study|talk|slides|deck|thread|newsletter|summary|notes|recording|course|tool|template|opening|event)s?\\b"
      + "|\\b(?:i 've |i have |i )?(?:attached|enclosed|forwarding|forwarded|sending over|sent over|dropping|pasting)"
      + " (?:you )?(?:the|a|an|this|these|some|our|their)\\b|\\blinks? (?:is |are )?(?:below|above|here)\\b|\\b(?:figured|thought)"
      + " (?:it|this|they|these) (?:'d|would|might|could|may) (?:help|be useful|be helpful|interest you|come in handy)\\b"
      + "|\\b(?:article|podcast|episode|video|course|survey|report|link|paper|post|guide|book|talk) (?:that )?(?:i|we)"
      + " (?:mentioned|discussed|talked about)\\b|\\bcheck out this\\b|\\byou (?:might|may|'ll|will|could) find (?:this|it|these|the)\\b.{0,60}\\b(?:useful|"
      + "helpful|interesting|relevant)\\b|\\bsaw this and thought of you\\b|\\breminded me of (?:you|our|your)\\b|\\bin case (?:it 's|it"
      + " is|you find it|this is) (?:useful|helpful|of interest|relevant)\\b|\\bfyi\\b|\\byou (?:might|may|would|'d) (?:enjoy|like|"
      + "appreciate|want to see|want to read) (?:this|these|the|an|a)\\b|\\b(?:might|may|could|would) (?:interest|"
      + "be of interest to) you\\b");
  private static final Pattern OWN_MATERIAL = p("\\bmy (?:resume|résumé|cv|portfolio|website|profile|linkedin|"
      + "github|cover letter|transcript|headshot|work)\\b");

  private static final Pattern CONGRATS = p("\\bcongrat(?:s|ulations|ulation)?\\b|\\bcongratulate\\b|\\bcongratz\\b"
      + "|\\bwell[- ]?deserved\\b|\\b(?:so|really|very|truly) (?:happy|excited|thrilled|proud) for you\\b|\\bkudos\\b"
      + "|\\bmazel tov\\b|\\bhats off\\b|\\bwell done\\b|\\b(?:thrilled|delighted|so happy|excited|proud|glad)"
      + " to (?:hear|see|learn|read) (?:that )?(?:you|your|about your)\\b|\\b(?:amazing|great|fantastic|wonderful|"
      + "exciting) news (?:about|on) your\\b");

  /** Congratulations declined, refused, or meant for someone other than the reader. */
  private static final Pattern NOT_CONGRATS = p("\\b(?:no|not|n't|never|nor) (?:[a-z]+ ){0,3}congrat|\\bcongrat[a-z]* "
      + "(?:are|is) in order for (?:me|my|him|her|them|us|our)\\b|\\bcongrat[a-z]* (?:email|e-mail|message|card|note"
      + "|letter|post) from\\b|\\bcongrat[a-z]* (?:to|for) (?:my|his|her|their|our|him|them)\\b");

  private static final Pattern DELAY = p("\\b(?:sorry|apologies|apologize|apologise|my apologies|i apologize|"
      + "forgive me) (?:again )?(?:for|about|that) (?:the |my |this |such a |a )?(?:very |extremely |super )?(?:(?:late|"
      + "delayed|slow|belated|tardy|very late) (?:reply|response|note|email|message|answer)|(?:reply|response|delay"
      + "|answer))\\b|\\bmy (?:reply|response|answer) (?:is|was|comes) (?:so |very |a bit |rather )?(?:late|delayed|overdue)\\b"
      + "|\\b(?:sorry|apologies|apologize) (?:for|about) (?:the |my |this )?(?:delay|wait|radio silence|silence)\\b"
      + "|\\b(?:sorry|apologies|apologize) (?:for|about) (?:not |never )?(?:getting back|replying|responding|writing"
      + "|answering|taking so long|being slow|being so slow|dropping)\\b|\\bsorry (?:it|this|that) (?:took|has taken|"
      + "'s taken|is) (?:me )?(?:so|this|a while|forever|ages|a bit)\\b|\\bsorry i (?:did n't|have n't|never|could"
      + " n't|was n't able to) (?:get back|reply|respond|write|answer|get to)\\b|\\b(?:been|was|have been) (?:so |"
      + "really |super |completely )?(?:swamped|slammed|buried|snowed under|underwater|busy|traveling|travelling)\\b"
      + "|\\b(?:slipped|fell) through the cracks\\b|\\bwaiting to hear back\\b|\\bbelated (?:reply|response|answer)\\b|\\bdelayed (?:response|"
      + "reply)\\b|\\b(?:late|slow) (?:reply|response)\\b|\\bjust (?:now )?(?:getting|got) (?:back )?to (?:this|your)"
      + "\\b|\\bfinally getting back\\b|\\bmeant to (?:reply|write|respond|get back|answer)\\b|\\bslipped my mind\\b");
  /** An apology word and a lateness word in the same sentence, whatever the wording between them. */
  private static final Pattern APOLOGY_WORD = p("\\b(?:sorry|apolog[a-z]*|forgive|pardon|excuse)\\b");
  private static final Pattern LATENESS_WORD = p("\\b(?:delay|delays|delayed|late|later|slow|turnaround|belated|"
      + "so long|this long|getting back|get back|write back|writing back|reply|replying|respond|responding|response"
      + "|sooner|earlier|answering|answer|replied|responded|only now|just now)\\b");
  private static final Pattern CONDOLENCE = p("\\bsorry (?:to hear|for your loss|about your)\\b|\\b(?:late|later) "
      + "(?:husband|wife|father|mother|friend)\\b");

  private static final Pattern JOB = p("\\b(?:internship|internships|intern|interns|interning|résumé|résumés|cv|"
      + "cvs|job|jobs|job search|job hunt|opening|openings|hiring|recruiter|recruiters|recruiting|recruitment|"
      + "referral|referrals|interview|interviews|interviewing|full-time|part-time|new grad|entry-level|co-op|"
      + "job posting|cover letter|headhunter)\\b|\\b(?:apply|applying|applied|application|applications)\\b"
      + "|\\brefer me\\b|\\bresume\\b(?! (?:the|our|work|normal|play|service))|\\b(?:position|positions|role|roles|"
      + "opportunity|opportunities|opening|vacancy|vacancies)\\b.*\\b(?:open|available|for me|on your team|at your|"
      + "in your)\\b|\\b(?:open|available|any|junior|entry|analyst|engineering|summer) (?:positions?|roles?|"
      + "opportunit(?:y|ies)|vacanc(?:y|ies))\\b|\\blooking for (?:a |my )?(?:new )?(?:job|role|position|work|"
      + "opportunit)|\\bcareer (?:fair|change|advice|switch|move)\\b"
      + "|\\b(?:sponsor|sponsors|sponsorship|sponsoring) (?:work )?visas?\\b|\\bvisa sponsorship\\b|\\bbetween (?:jobs|roles"
      + "|positions|contracts|gigs)\\b|\\b(?:looking at|looking into|searching|searching for|hunting for|applying for)"
      + " (?:[a-z-]+ ){0,3}(?:roles|jobs|positions|openings|opportunities|position|role|job|internships?)\\b"
      + "|\\bthrow my hat in\\b|\\b(?:act as|serve as|be) (?:a |my )?(?:reference|referee)\\b|\\bif you hear of"
      + " (?:anything|any (?:roles|openings|positions|jobs))\\b|\\bopen to (?:contract|perm|permanent|full-time"
      + "|freelance|remote|relocation|relocating)\\b|\\b(?:contract|perm|permanent) role\\b|\\bopen to freelancers\\b");

  private static final Pattern REQUEST_FRAME = p("\\b(?:could|would|can|will|may|might) (?:you|u)\\b|\\bdo you "
      + "(?:have|know|mind|think you could)\\b|\\bare you (?:available|free|open|able|willing|interested|around)\\b"
      + "|\\bis there (?:any|a) (?:chance|way|possibility|time)\\b|\\bwould it be\\b|\\b(?:could|can|may|might) i\\b"
      + "|\\bwhen (?:are you|would you be|is) (?:free|available|a good time|good|convenient)\\b|\\bwhat time works\\b"
      + "|\\bhow about\\b|\\bwhat about\\b|\\bwhy don 't\\b|\\bwhy do n't\\b|\\b(?:any|a) chance\\b"
      + "|\\byou (?:could|would|can|might) (?:please )?[a-z]+\\b|\\bwhat (?:time )?works\\b|\\bwhen works\\b"
      + "|\\blet 's\\b|\\bplease\\b(?! (?:forgive|excuse|pardon))|\\blet (?:me|us) know\\b|\\b(?:could|can|shall|should"
      + "|might) we\\b|\\bshould i\\b|\\bmind if i\\b|\\bis it (?:ok|okay|alright|all right|fine) if i\\b");
  private static final Pattern SECOND = p("\\b" + YOU + "\\b");
  private static final Pattern FIRST_PERSON = p("\\b(?:i|me|my|mine|myself|ive|im)\\b");
  /** The writer's side is hiring, or the writer says they are not searching: not their own job search. */
  private static final Pattern NOT_JOB = p("\\b(?:we 're|we are|we 'll be|our (?:team|company|firm|lab) is|my (?:team"
      + "|company|firm|lab) is) (?:also |currently |now |still )?(?:hiring|recruiting)\\b|\\bnot (?:job hunting|job searching"
      + "|looking for (?:a )?(?:new )?(?:job|role|work|position))\\b");
  private static final Pattern HIRING_QUESTION = p("\\b(?:are you|is (?:your|the) (?:company|team|firm|lab|group|"
      + "office|department)|are (?:they|there any)|do you have any) (?:still )?(?:hiring|recruiting|openings|open"
      + " (?:positions|roles)|positions|roles|internships)\\b|\\bis (?:the|that|this) (?:position|role|job|opening|internship"
      + "|spot|vacancy) still (?:open|available)\\b|\\bany (?:open |entry-level )?(?:openings|positions|"
      + "roles|internships)\\b|^ dear (?:hiring|recruiting) (?:team|manager|committee)\\b");
  private static final Pattern MORE_JOB = p("\\b(?:exploring|seeking|pursuing|looking for|open to) (?:new |other )?"
      + "(?:opportunities|roles|positions)\\b|\\b(?:another|other) (?:opportunity|offer)\\b|\\bland (?:a|an|my)"
      + " (?:[a-z-]+ ){0,2}(?:job|role|position|internship|offer)\\b");

  /** Phrases that presuppose a request: thanks in advance, "I'd love to chat", "any advice would help". */
  private static final Pattern ASK_FLOOR_RX = p("\\b(?:thanks?|thank you) (?:so much |very much )?in advance\\b"
      + "|\\b(?:would|'d) (?:really |so )?love to (?:chat|meet|connect|hear|learn|talk|grab|buy you|get your|pick your"
      + "|ask)\\b|\\b(?:would|'d) (?:really |greatly )?appreciate (?:it )?if you\\b|\\b(?:any|your) (?:advice|help|"
      + "tips|suggestions|guidance|insight|insights|feedback) (?:would be|is) (?:greatly |much |very |really )?"
      + "(?:appreciated|helpful|welcome)\\b|\\bpick(?:ing)? your brain\\b|\\b(?:would you )?mind if i\\b"
      + "|\\bis it (?:ok|okay|alright|all right) if i\\b|\\bappreciate (?:[a-z0-9]+ )?(?:minutes|mins|min) of your time\\b");

  /** Floor on a sentence's ask probability when it presupposes a request ({@value #ASK_FLOOR}). */
  static final double ASK_FLOOR = 0.7;

  // "How was your trip?", "How have you been?", "How's the new job going?": a check-in, not a request.
  private static final Pattern CHECK_IN = p("(?:^ |, |! |\\. |- )(?:so |and |also |hey |hi )?how (?:is|was|are|"
      + "were|have|has|did|'s|'re|'ve) ");

  private SentenceRules() {}

  /**
   * The lowest ask probability the rules allow: phrases such as "thanks in advance" or "I'd love to chat" only
   * occur with a request, which the detector (trained on single sentences of office mail) may miss. 0 when no rule
   * applies.
   */
  public static double askFloor(AnnotatedSentence s) {
    return ASK_FLOOR_RX.matcher(flat(s)).find() ? ASK_FLOOR : 0;
  }

  /** The detector's probability raised to {@link #askFloor} where a rule applies: the sentence's {@code ask}. */
  public static double boundAsk(double p, AnnotatedSentence s) {
    return Math.max(p, askFloor(s));
  }

  /**
   * Whether an ask is a request in the networking sense, a favour asked of the reader. The ask detector follows its
   * corpus, where answering any question or taking up an offer counts as doing something; networking advice does
   * not count an offer of help, a thank-you, a greeting, congratulations, an apology for a delay or a question about
   * the reader as asking for something, unless request wording ("could you", "please", "let me know", ...) is there.
   */
  static boolean isRequest(double ask, String flat, Set<String> labels) {
    if (ask < LanguageAnalyzer.ASK_THRESHOLD || labels.contains(OFFER_OF_HELP)) {
      return false;
    }
    if (REQUEST_FRAME.matcher(flat).find() || ASK_FLOOR_RX.matcher(flat).find()) {
      return true;
    }
    return !(labels.contains(QUESTION_ABOUT_READER) || labels.contains(GREETING) || labels.contains(CONGRATULATIONS)
        || labels.contains(APOLOGY_FOR_DELAY) || gratitude(flat) >= 0.95);
  }

  /** The sentence as lower-case tokens joined by single spaces, with a space at each end. */
  static String flat(AnnotatedSentence s) {
    StringBuilder b = new StringBuilder(" ");
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token a = t.get(i);
      // CoreNLP splits "full-time" into full - time; glue hyphens back when nothing separated them in the text.
      boolean glue = i > 0 && a.begin() == t.get(i - 1).end()
          && (a.word().equals("-") || t.get(i - 1).word().equals("-"));
      if (glue) {
        b.setLength(b.length() - 1);
      }
      b.append(a.lower().replace('’', '\'')).append(' ');
    }
    return b.toString();
  }

  /** Gratitude within 0..1: 0.95 for thanks given, 0.4 for thanks in advance of help, 0 otherwise. */
  static double gratitude(String flat) {
    if (!THANKS.matcher(flat).find() || NOT_THANKS.matcher(flat).find()) {
      return 0;
    }
    return THANKS_ANTICIPATORY.matcher(flat).find() ? 0.4 : 0.95;
  }

  /** Labels that fire on the sentence by rule (everything but {@code ask}, which is learned). */
  static Set<String> labels(AnnotatedSentence s, String flat) {
    Set<String> l = new LinkedHashSet<>();
    String trimmed = flat.trim();
    if (gratitude(flat) >= 0.5) {
      l.add(GRATITUDE);
    }
    if (GREETING_RX.matcher(trimmed).find()) {
      l.add(GREETING);
    }
    if (SELF_INTRO.matcher(flat).find() || namesTheWriter(s.tokens())) {
      l.add(SELF_INTRODUCTION);
    }
    if (REASON.matcher(flat).find()) {
      l.add(REASON_FOR_WRITING);
    }
    if (OFFER.matcher(flat).find() && !NOT_OFFER.matcher(flat).find() && !OFFER_OWN_MATERIAL.matcher(flat).find()) {
      l.add(OFFER_OF_HELP);
    }
    boolean link = hasLink(s);
    if ((SHARING_RX.matcher(flat).find() || link) && !OWN_MATERIAL.matcher(flat).find()) {
      l.add(SHARING);
    }
    if (CONGRATS.matcher(flat).find() && !NOT_CONGRATS.matcher(flat).find()) {
      l.add(CONGRATULATIONS);
    }
    if (DELAY.matcher(flat).find() || APOLOGY_WORD.matcher(flat).find() && LATENESS_WORD.matcher(flat).find()
        && !CONDOLENCE.matcher(flat).find()) {
      l.add(APOLOGY_FOR_DELAY);
    }
    // The writer must be the seeker: "your recruiter" alone, or a job posting passed on to the reader, is not.
    boolean offer = l.contains(OFFER_OF_HELP);
    if (!offer && !NOT_JOB.matcher(flat).find() && (JOB.matcher(flat).find() && (FIRST_PERSON.matcher(flat).find() || HIRING_QUESTION.matcher(flat)
        .find()) || MORE_JOB.matcher(flat).find() || HIRING_QUESTION.matcher(flat).find())) {
      l.add(JOB_SEARCH);
    }
    if (s.isQuestion()) {
      l.add(QUESTION);
      if ((SECOND.matcher(flat).find() || CHECK_IN.matcher(flat).find()) && !REQUEST_FRAME.matcher(flat).find()
          && !l.contains(JOB_SEARCH)) {
        l.add(QUESTION_ABOUT_READER);
      }
    }
    return l;
  }

  /**
   * "I'm Priya Soorani, a fellow alum", "I am Wen, the one who asked ...": the writer gives a name (proper nouns
   * after "I'm" or "I am", then a comma, a dash or the end).
   */
  static boolean namesTheWriter(List<Token> t) {
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!t.get(i).lower().equals("i") || !(t.get(i + 1).lower().equals("'m") || t.get(i + 1).lower().equals("am"))) {
        continue;
      }
      int j = i + 2;
      while (j < t.size() && t.get(j).tag().startsWith("NNP") && Character.isUpperCase(t.get(j).word().charAt(0))) {
        j++;
      }
      if (j > i + 2 && (j == t.size() || t.get(j).word().matches("[,;.!\\-—–(]+") || t.get(j).lower().equals("and")
          || t.get(j).lower().equals("from"))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasLink(AnnotatedSentence s) {
    for (Token t : s.tokens()) {
      String w = t.lower();
      if (w.startsWith("http://") || w.startsWith("https://") || w.startsWith("www.") || w.contains("$link")) {
        return true;
      }
    }
    return false;
  }

  /** Counts first-person singular and second-person tokens: {@code [first, second]}. */
  static int[] personCounts(List<Token> tokens) {
    int first = 0;
    int second = 0;
    for (Token t : tokens) {
      switch (t.lower()) {
        case "i", "me", "my", "mine", "myself" -> first++;
        case "you", "your", "yours", "yourself", "yourselves" -> second++;
        default -> { }
      }
    }
    return new int[] {first, second};
  }

  private static Pattern p(String regex) {
    return Pattern.compile(regex.toLowerCase(Locale.ROOT));
  }
}
