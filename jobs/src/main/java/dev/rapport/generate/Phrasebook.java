package dev.rapport.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The words of one archive: every message body the generator writes, by intent.
 *
 * <p>Each intent is assembled from several independently chosen parts (opener, context, the point, a closing), each
 * with many phrasings, and filled with names, companies, topics and events, so no two messages of a healthy owner
 * are near-duplicates and detectors cannot match fixed sentences. The habit-specific texts (cold asks, asks after
 * help, self-promotion, the excuses of a slow replier) are here too, so a story only says what happens, not how.
 */
final class Phrasebook {
  enum Ask { REFERRAL, INTRO, ADVICE, CHAT }

  enum Help { INTRO, LINK, ADVICE, MEET }

  static final List<String> TOPICS = List.of(
      "dashboard design", "A/B testing pitfalls", "career switching into product", "supply chain forecasting",
      "accessible design", "remote onboarding", "pricing experiments", "climate tech hiring", "evaluating language models",
      "hospital operations analytics", "customer churn models", "design systems", "open data in city government",
      "warehouse robotics", "small-business lending", "behavioural economics", "game economy balancing",
      "sustainable packaging", "user research ethics", "data privacy rules");
  static final List<String> EVENTS = List.of(
      "the spring career fair", "the Data & Design meetup", "the Women in Product panel", "the alumni mixer in Boston",
      "the Northwind Labs hackathon", "the fintech breakfast", "the regional analytics conference",
      "the consulting case night", "the product teardown workshop", "the climate careers summit",
      "the mentoring lunch", "the UX portfolio review");
  static final List<String> PROJECTS = List.of(
      "migration to the new data platform", "mobile app redesign", "pricing pilot", "expansion into Canada",
      "hiring push", "research study", "quarterly planning", "product launch", "warehouse automation project",
      "customer onboarding revamp", "grant application", "rebrand");
  static final List<String> PLACES = List.of("Lisbon", "Montreal", "Kyoto", "the Rockies", "Mexico City", "Edinburgh");

  private final SplittableRandom rng;
  private final Person owner;
  private final String field;
  private final String role;

  /**
   * @param field what the owner studies or works in ("data analytics")
   * @param role  the kind of job they look for, singular ("data analyst")
   */
  Phrasebook(SplittableRandom rng, Person owner, String field, String role) {
    this.rng = rng;
    this.owner = owner;
    this.field = field;
    this.role = role;
  }

  String field() {
    return field;
  }

  String role() {
    return role;
  }

  String any(String... options) {
    return options[rng.nextInt(options.length)];
  }

  <T> T any(List<T> options) {
    return options.get(rng.nextInt(options.size()));
  }

  private boolean chance(int percent) {
    return rng.nextInt(100) < percent;
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p == null || p.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(p);
    }
    return sb.toString();
  }

  private static String sentences(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p == null || p.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p);
    }
    return sb.toString();
  }

  String topic() {
    return any(TOPICS);
  }

  String event() {
    return any(EVENTS);
  }

  String url(String topic) {
    String slug = topic.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return any("https://www.example.com/blog/", "https://news.example.org/2025/", "https://research.example.net/notes/")
        + slug + (chance(50) ? "" : "-" + (100 + rng.nextInt(900)));
  }

  String when() {
    return any("Tuesday at 4pm", "Thursday at 10am", "next Monday at noon", "Wednesday afternoon", "Friday at 2:30",
        "Thursday morning", "next Tuesday at 11", "Monday at 9:30");
  }

  static String withArticle(String noun) {
    return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private String roleTitle() {
    return any(role.substring(0, 1).toUpperCase(Locale.ROOT) + role.substring(1),
        "Junior " + role.substring(0, 1).toUpperCase(Locale.ROOT) + role.substring(1),
        "Associate " + role.substring(0, 1).toUpperCase(Locale.ROOT) + role.substring(1),
        role.substring(0, 1).toUpperCase(Locale.ROOT) + role.substring(1) + " Intern");
  }

  private String team() {
    return any("analytics", "product", "data platform", "research", "growth", "operations", "design", "strategy");
  }

  // ---------------------------------------------------------------- owner: greetings and sign-offs

  String greeting(Person c) {
    String f = c.first();
    return any("Hi " + f + ",", "Hello " + f + ",", "Dear " + f + ",", "Hey " + f + "!", "Hi " + f + " —",
        "Good morning " + f + ",", "Hi there " + f + ",", "Hello " + f + "!");
  }

  String signoff() {
    return any("Best,", "Best regards,", "All the best,", "Cheers,", "Warm regards,", "Kind regards,", "Talk soon,")
        + "\n" + owner.first();
  }

  String gratefulSignoff() {
    return any("Thanks so much,", "Many thanks,", "Thank you,", "With gratitude,", "Thanks again,", "Gratefully,")
        + "\n" + owner.first();
  }

  private String selfIntro() {
    return any(
        "My name is " + owner.name() + " and I'm a senior at " + owner.school() + " studying " + field + ".",
        "I'm " + owner.name() + ", a recent " + owner.school() + " graduate working in " + field + ".",
        "I'm " + owner.first() + ", finishing my degree at " + owner.school() + " with a focus on " + field + ".",
        "By way of introduction, I'm " + owner.name() + " — I study " + field + " at " + owner.school() + ".");
  }

  // ---------------------------------------------------------------- owner: giving and maintaining

  String checkIn(Person c) {
    String opener = any(
        "I hope your spring is off to a good start.",
        "It's been a few weeks since we last talked and I wanted to say hello.",
        "I was thinking about our conversation at " + event() + " and wanted to check in.",
        "I hope things are going well at " + c.company() + "!",
        "Just wanted to drop a quick note and see how you're doing.",
        "I saw that " + c.company() + " is hiring again, which I hope means good things for your team.",
        "I hope the busy season has calmed down a little for you.");
    String question = any(
        "How is the " + any(PROJECTS) + " coming along?",
        "How has the team been since the reorganisation you mentioned?",
        "Did you end up taking that trip to " + any(PLACES) + "?",
        "How are you finding the new role so far?",
        "Is the " + any(PROJECTS) + " still keeping you busy?",
        "How did the " + any(PROJECTS) + " go in the end?",
        "Are you still mentoring at " + c.school() + "? I remember how much you enjoyed it.");
    String news = chance(60) ? any(
        "On my side, I just wrapped up my capstone on " + topic() + ".",
        "Things are good here — I started a side project on " + topic() + ".",
        "I'm in my last semester and really enjoying a seminar on " + topic() + ".",
        "From my side, the new job is busy but I'm learning a lot about " + topic() + ".",
        "From what I've seen this term, " + topic() + " is everywhere, so your advice keeps coming in handy.")
        : "";
    String close = any(
        "No need to reply quickly — just wanted to say hi.",
        "Hope to catch up soon.",
        "Let me know if there's ever anything I can help with on my end.",
        "Would love to hear what you're working on these days.",
        "Wishing you a good rest of the week.");
    return join(greeting(c), sentences(opener, question), news, close, signoff());
  }

  String share(Person c) {
    String t = topic();
    String opener = any(
        "I came across this piece on " + t + " and immediately thought of you:",
        "Since you mentioned " + t + " last time, I thought you might enjoy this:",
        "Saw this article about " + t + " and it reminded me of our conversation:",
        "This report on " + t + " seemed right up your alley:",
        "A classmate sent me this write-up on " + t + " and I figured your team might find it useful:");
    String comment = any(
        "The section on measuring outcomes made me think of your team's work.",
        "Curious what you think of their take on it.",
        "No need to reply — just thought it might be useful.",
        "The case study halfway through is especially good.",
        "I'd be interested to hear whether it matches what you see at " + c.company() + ".");
    return join(greeting(c), opener + "\n" + url(t), comment, signoff());
  }

  String congratulate(Person c) {
    String news = any(
        "Congratulations on the new role at " + c.company() + "!",
        "I just saw the announcement — congrats on becoming " + c.title() + "!",
        "Congrats on the launch this week! It looks fantastic.",
        "Congratulations on your talk at " + event() + "; I heard it was excellent.",
        "Huge congrats on the funding news at " + c.company() + "!",
        "Congratulations on the award for the " + any(PROJECTS) + "!");
    String warmth = any("You must be thrilled.", "So well deserved!", "I hope you get a moment to celebrate.",
        "I'm really happy for you.", "What a milestone.");
    String question = chance(60) ? any("What are you most excited about next?", "How is the team taking it?",
        "Are you doing anything fun to celebrate?") : "";
    return join(greeting(c), sentences(news, warmth, question), signoff());
  }

  String offerHelp(Person c) {
    return join(greeting(c), sentences(any(
            "I saw your post that " + c.company() + " is hiring interns.",
            "You mentioned you were looking for beta testers for the " + any(PROJECTS) + ".",
            "I heard you're putting together a panel on " + topic() + ".",
            "I know you're recruiting for your team.",
            "You said last time that your team needs help with " + topic() + ".",
            "I saw that " + c.company() + " is running a study on " + topic() + "."),
        any("I'd be happy to share it with the " + field + " students at " + owner.school() + ".",
            "I'd be glad to help, and I can ask a few classmates too.",
            "A friend of mine, a strong " + role + ", might be a good fit — happy to connect you.",
            "I could put together a short summary of what students asked at " + event() + ".",
            "I have a free afternoon next week if an extra pair of hands would help.")),
        any("Just let me know.", "No pressure either way.", "Happy to help however is most useful.", ""), signoff());
  }

  /** The owner's answer to {@link #contactAsks(Person, int)} with the same {@code which}. */
  String answer(Person c, int which) {
    String[][] answers = {
        {"Yes, I still have them — I just re-shared the folder with you. The slides from the second session are in"
            + " there too.", "I do! They're a bit messy, but I've put them in a shared doc for you.",
            "Sure — I've sent the notes as a PDF; the part on " + topic() + " starts on page three."},
        {"I do — two classmates from " + owner.school() + " are looking for summer roles. I'll ask them to send you"
            + " their résumés this week.", "Yes, a friend in my cohort would be perfect. Shall I make an introduction?",
            "Let me ask around the " + field + " club at " + owner.school() + " and get back to you by Friday."},
        {"I'd be glad to speak on the panel. Just send me the details and I'll put it in my calendar.",
            "Count me in for the panel! What topics would you like me to cover?",
            "I'm honoured you asked — yes, as long as it's not during exam week."},
        {"It was the " + field + " seminar with Professor Okonkwo; she still teaches it every spring.",
            "That was the " + topic() + " module in the second-year " + field + " course.",
            "I think it was the elective on " + topic() + " — the syllabus is on the department site."}};
    String[] options = answers[Math.floorMod(which, answers.length)];
    return join(greeting(c), any(options),
        any("Let me know if anything else would help.", "Hope that helps!", "Happy to dig into it more if useful.",
            "Good luck with it!", "Say hi to the team for me.", ""),
        signoff());
  }

  /** A short answer to a question the contact asked in passing, so no question is left hanging. */
  String shortAnswer(Person c) {
    return join(sentences(any("Going well, thanks for asking!", "All good here, thank you.", "Busy but fun!",
            "Thanks, " + c.first() + " — things are good."),
        any("I'll tell you more when we catch up.", "The " + topic() + " project is keeping me on my toes.",
            "Interviews are starting, fingers crossed.", "Only a few weeks left of the semester.")), owner.first());
  }

  /** The owner's prompt reply to a contact's check-in: answers it, and asks back. */
  String checkInReply(Person c) {
    return join(greeting(c), sentences(any("So good to hear from you!", "Thanks for checking in — that made my day.",
            "Great to hear from you, and thanks for asking."),
        any("The search is going well: I have two interviews lined up for " + role + " roles.",
            "My capstone on " + topic() + " turned out better than I hoped.",
            "The first weeks have been intense but fun; I'm learning a lot about " + topic() + ".",
            "All good here, finishing my last semester and applying for " + role + " roles."),
        any("How are things on your side?", "How is the " + any(PROJECTS) + " going?",
            "What are you working on at " + c.company() + " these days?")), signoff());
  }

  String acceptMeeting(Person c, String when) {
    String yes = any(
        capitalise(when) + " works great for me — thank you!",
        "Thank you! " + capitalise(when) + " is perfect.",
        "That sounds great, thanks so much. " + capitalise(when) + " it is.",
        "Thank you for making the time. " + capitalise(when) + " works well.",
        "Wonderful, thank you — I've put " + when + " in my calendar.",
        "Thanks, " + c.first() + "! I can do " + when + ".");
    String more = any(
        "I'll send a calendar invite.", "Should I call you, or is video better?",
        "I'll come prepared with a few questions about " + topic() + ".",
        "Looking forward to hearing how the " + any(PROJECTS) + " is going.",
        "Happy to come to you if that's easier.", "I'll bring the notes from " + event() + ".",
        "");
    return join(greeting(c), sentences(yes, more), gratefulSignoff());
  }

  String welcomeConnection(Person c) {
    return join(greeting(c), sentences(any(
            "Thanks for connecting!", "Thank you for accepting my invitation.", "Great to be connected.",
            "Glad we're connected now.", "Thanks for adding me."),
        any("It was great meeting you at " + event() + ".", "I enjoyed your comments on " + topic() + ".",
            "I really liked your point about " + topic() + " at " + event() + ".",
            "Your team's work on the " + any(PROJECTS) + " caught my eye.",
            "I've been reading about " + c.company() + "'s work on " + topic() + "."),
        any("I'd love to stay in touch as I learn more about " + field + ".",
            "If there's anything I can share from the " + owner.school() + " career office, just let me know.",
            "Hope the rest of your week goes well.", "If you're ever near " + owner.school() + ", coffee is on me.",
            ""),
        any("What are you working on at " + c.company() + " these days?", "How did you first get into your field?",
            "What's keeping you busy this " + any("spring", "summer", "autumn", "winter") + "?", "")), signoff());
  }

  // ---------------------------------------------------------------- owner: asking, well

  /** A request made the healthy way: greeting, context or a reason, a hedged ask and gratitude. */
  String askWithContext(Person c, Ask kind, boolean known, Person third) {
    String warm = known
        ? any("I hope you've been well since " + event() + ".", "Thanks again for the great chat last month.",
            "I hope the " + any(PROJECTS) + " is going smoothly.", "I really enjoyed catching up the other week.")
        : sentences(any(
            third != null ? third.first() + " " + third.last() + " suggested I reach out to you." : "",
            "I noticed we both went to " + c.school() + ".",
            "I really enjoyed your talk at " + event() + ".",
            "I read your article on " + topic() + " and it stuck with me."), selfIntro());
    String context = any(
        "I'm starting to apply for " + role + " roles and I'm trying to learn how teams like yours hire.",
        "I'm exploring a move into " + field + " after graduation and your path is one I admire.",
        "I'm preparing for a few " + role + " interviews and want to understand the day-to-day work better.",
        "I'm narrowing down where to focus my job search this spring.");
    String ask = switch (kind) {
      case REFERRAL -> any(
          "I noticed " + c.company() + " has an opening for a " + roleTitle() + ". If you feel comfortable, would you be"
              + " willing to refer me? I completely understand if not.",
          "Would you be open to referring me for the " + roleTitle() + " position at " + c.company() + "? I'm happy to"
              + " send my résumé and a short blurb to make it easy.");
      case INTRO -> any(
          "Would you be open to introducing me to someone on the " + team() + " team at " + c.company() + "?",
          "If you think it makes sense, could you connect me with a colleague who works in " + field + "?");
      case ADVICE -> any(
          "I'd be grateful for any advice on how to stand out as an early-career applicant.",
          "If you have a moment, could I ask what skills you'd focus on if you were starting out today?");
      case CHAT -> any(
          "Would you have 20 minutes in the next couple of weeks for a quick call? I'd love to hear how you got into "
              + field + ".",
          "Could I buy you a coffee sometime and ask about your work at " + c.company() + "?");
    };
    String close = any("No pressure at all, and thank you for considering it.",
        "I know you're busy, so any pointers would mean a lot.",
        "Thank you in advance — and I'm happy to return the favour any way I can.");
    return join(greeting(c), sentences(warm, context), ask, close, gratefulSignoff());
  }

  String thanks(Person c, Help help, Person third) {
    String thanks = switch (help) {
      case INTRO -> any("Thank you so much for the introduction to " + third.first() + "!",
          "Thanks a million for connecting me with " + third.first() + ".",
          "I really appreciate you introducing me to " + third.first() + ".");
      case LINK -> any("Thanks a lot for sending the posting, " + c.first() + ".",
          "Thank you for the link and for flagging my name — that's so kind.",
          "Thanks for thinking of me for this role!");
      case ADVICE -> any("Thank you for the thoughtful advice.", "Thanks so much for taking the time to write all that.",
          "This is incredibly helpful, thank you.");
      case MEET -> any("Thank you for taking the time to chat yesterday — it was really helpful.",
          "Thanks again for the coffee and the great conversation.",
          "I really appreciated our call this morning, thank you.");
    };
    String detail = any(
        third != null ? "I've already reached out to " + third.first() + " and we're meeting next week." : "",
        "I submitted my application this morning and mentioned your name.",
        "Your point about " + topic() + " really changed how I'm approaching my search.",
        "I've updated my résumé based on your notes.",
        "I'm going to follow your suggestion and start with smaller teams.");
    String close = any("I'll keep you posted on how it goes.", "Please let me know if I can ever return the favour.",
        "I owe you a coffee!", "I'll let you know what happens.");
    return join(greeting(c), sentences(thanks, detail, close), gratefulSignoff());
  }

  /** The owner's reply to someone a contact introduced, thanking the introducer on the way. */
  String meetIntroduced(Person introducer, Person third) {
    return join(sentences(any("Thanks, " + introducer.first() + ", for the introduction!",
            "Thank you " + introducer.first() + " — much appreciated!"),
        any("Hi " + third.first() + ", great to meet you.", "Hello " + third.first() + ", lovely to e-meet you.")),
        any("I'd love to hear about your work at " + third.company() + ". Would a short call sometime next week suit?",
            "I'm trying to learn more about " + field + " and would be grateful for 20 minutes of your time whenever"
                + " is convenient."),
        gratefulSignoff());
  }

  String followUp(Person c) {
    return join(greeting(c), sentences(any(
            "I just wanted to gently follow up on my note from last week in case it got buried.",
            "Bumping this up in case it slipped through the cracks.",
            "Following up on my message below.",
            "Circling back on this in case it's still possible.",
            "I know inboxes get busy, so I'm resending my note from a few days ago.",
            "A quick nudge on my earlier message, in case it's useful to see it again.",
            "Just checking whether my last email reached you."),
        any("Totally understand if now isn't a good time.", "No worries at all if you can't help right now.",
            "If someone else on your team is better placed, I'd be glad to reach out to them instead.",
            "Happy to keep it to fifteen minutes if that's easier.", "")),
        any("Thanks again for considering it!", "Either way, I hope the quarter is going well.",
            "I appreciate your time.", "Thank you, and have a good week.", "Many thanks either way."), signoff());
  }

  // ---------------------------------------------------------------- contacts

  String contactSignoff(Person c) {
    return any("Best,", "Cheers,", "Talk soon,", "Warmly,", "All best,", "Take care,") + "\n" + c.first();
  }

  String contactWarmReply(Person c) {
    String first = any("Thanks so much, " + owner.first() + "! Great to hear from you.", "So nice to hear from you!",
        "Thank you for thinking of me.", "What a lovely note, thanks " + owner.first() + ".",
        "Ha, good timing — I was just thinking about our chat.");
    String news = any("Things are busy but good — we're heads down on the " + any(PROJECTS) + ".",
        "The new role is a big change but I'm enjoying it.",
        "We just got back from a team offsite, so lots of new ideas.",
        "Work is hectic, but the team is great.", "All well here, just juggling a few too many projects.");
    String back = any("How is your last semester going?", "Let me know how the search goes!",
        "Keep me posted on your capstone.", "Let's catch up properly soon.", "");
    return join(sentences(first, news, back), contactSignoff(c));
  }

  String contactCheckIn(Person c) {
    return join("Hi " + owner.first() + ",", sentences(any(
        "How's the job search going?", "It's been a while — how are things at " + owner.school() + "?",
        "I was just telling a colleague about your project on " + topic() + ". How did it turn out?",
        "Hope the new job is treating you well! How are the first few weeks?"),
        any("Would love an update when you have a minute.", "No rush, just curious.", "")), contactSignoff(c));
  }

  String helpIntro(Person c, Person third) {
    return join("Hi " + owner.first() + ",", any(
        "Happy to help! I'm copying " + third.name() + ", " + third.title() + " at " + third.company() + ", who knows the "
            + field + " space much better than I do.",
        "Of course. " + third.first() + ", meet " + owner.first() + " — a sharp " + owner.school() + " student interested"
            + " in " + field + ". " + owner.first() + ", " + third.first() + " works on " + team() + " at "
            + third.company() + ".",
        "Great question for " + third.first() + " — looping them in here. " + third.first() + " and I worked together"
            + " for years and they're the best person to talk to about this."),
        any("I'll let you two take it from here.", "I'll step back and let you connect.", "Enjoy the conversation!"),
        contactSignoff(c));
  }

  String helpLink(Person c) {
    String t = topic();
    return join("Hi " + owner.first() + ",", any(
        "Here's the posting I mentioned: https://careers.example.com/" + Person.fold(c.company()) + "/"
            + (1000 + rng.nextInt(9000)) + ". Feel free to use my name in your application.",
        "Our team just opened a role that fits you: https://jobs.example.org/" + Person.fold(c.company()) + "-"
            + team().replace(' ', '-') + ". I've flagged your name to the hiring manager.",
        "This guide on " + t + " was the most useful thing I read when I started: " + url(t)
            + ". Chapter three covers interviews."),
        any("Good luck!", "Let me know if you have questions.", "Hope it helps."), contactSignoff(c));
  }

  String helpAdvice(Person c) {
    return join("Hi " + owner.first() + ",", any(
        "A few thoughts: lead with one project you're proud of, keep the résumé to a page, and ask every interviewer"
            + " what success looks like in the first ninety days.",
        "Honestly, the best thing I did early on was to write up small analyses and share them. Hiring managers care"
            + " more about how you think than which tools you know.",
        "Smaller teams will give you more scope. I'd apply broadly, but spend most of your energy on the two or three"
            + " companies you'd really love to join, and talk to people there first."),
        any("Happy to look at anything you draft.", "Hope that's useful.", "Keep me posted!"), contactSignoff(c));
  }

  String offerMeet(Person c, String when) {
    return join("Hi " + owner.first() + ",", any(
        "I'd be glad to chat. Does " + when + " work for a video call?",
        "Sure — let's grab coffee. I'm free " + when + " near the office.",
        "Happy to talk it through. How about " + when + "? I'll send a link."), contactSignoff(c));
  }

  String offerHelpFromContact(Person c, Person third) {
    return join("Hi " + owner.first() + ",", sentences(any(
            "Good to hear from you.", "Thanks for the update on your search.", "Glad things are moving along."),
        any("If it's useful, I could introduce you to " + third.first() + " on our " + team() + " team.",
            "I'm happy to look over your résumé if you send it along.",
            "I could put in a word with our recruiting team — just let me know.",
            "If you want, I can set up a call with " + third.first() + ", who hires " + role + "s at "
                + third.company() + ".")), contactSignoff(c));
  }

  String youreWelcome(Person c) {
    return join(any("Glad it was helpful! Keep me posted.", "Anytime — good luck!",
        "My pleasure. Let me know how it goes.", "Of course! Rooting for you.", "Happy to help, " + owner.first() + "."),
        contactSignoff(c));
  }

  String contactThanks(Person c) {
    return join(any("Thank you, that's exactly what I needed!", "Perfect, thanks so much " + owner.first() + ".",
        "You're a star — thank you!", "Thanks! Really appreciate the quick answer."), contactSignoff(c));
  }

  /** A polite acknowledgement that asks nothing back. */
  String contactAcknowledge(Person c) {
    return join(any("Congrats on the news!", "Thanks for sharing, and congratulations.", "Good to hear from you.",
        "Nice, well done."), any("I'll keep you in mind if anything comes up.", "I'll let you know if I hear of anything.",
        "Best of luck with the search."), contactSignoff(c));
  }

  /** The first message of someone whose invitation the owner accepted. */
  String connectionHello(Person c) {
    return join("Hi " + owner.first() + ",", sentences(any("Thanks for accepting my invitation!",
        "Thanks for connecting!", "Great to be connected."), any("It was fun meeting you at " + event() + ".",
        "I saw your comment on the post about " + topic() + " and had to say hello.",
        "Always nice to meet another " + owner.school() + " person."),
        any("What are you focusing on these days?", "Hope the semester is going well!", "")), contactSignoff(c));
  }

  /** The owner's prompt reply to a new connection's hello. */
  String connectionReply(Person c) {
    return join(greeting(c), sentences(any("Thank you for reaching out!", "Great to connect, thanks for the note.",
            "Likewise — thanks for saying hello.", "Thanks for the kind message!", "Nice to hear from you.",
            "Great to be connected."),
        any("I'm wrapping up my studies in " + field + " and looking at " + role + " roles.",
            "I'm enjoying my last semester, especially a course on " + topic() + ".", "Things are busy but good.",
            "I've just started a project on " + topic() + ", so your note is well timed.",
            "We must have been at " + event() + " at the same time.", "I remember your question at " + event() + "."),
        any("How are you finding things at " + c.company() + "?", "Hope to cross paths again soon.",
            "Let me know if I can ever help with anything.", "What does your team at " + c.company() + " focus on?",
            "Are you going to " + event() + " this year?", "")), signoff());
  }

  /** The follow-up of a mass mailing, as templated as the first note. */
  String templateFollowUp(String firstOrPlaceholder) {
    return "Hi " + firstOrPlaceholder + ",\n\nI just wanted to follow up on my previous message. Would you have 15 "
        + "minutes for a quick call in the coming weeks? I would really appreciate your insights.\n\n"
        + "Thank you,\n" + owner.name();
  }

  String inviteMeet(Person c, String when) {
    return join("Hi " + owner.first() + ",", any(
        "Want to grab coffee soon? I'm around " + when + ".",
        "We should catch up properly — are you free " + when + " for lunch?",
        "I'll be near campus " + when + ". Fancy a quick coffee?"), contactSignoff(c));
  }

  /** A favour asked of the owner; {@code which} picks the question, answered by {@link #answer(Person, int)}. */
  String contactAsks(Person c, int which) {
    String[] questions = {
        "Quick question — do you still have the notes from " + event() + "? Could you send them over?",
        "Do you know anyone at " + owner.school() + " who might want a summer internship with us?",
        "Would you be willing to speak on a student panel we're organising in May?",
        "Could you remind me which course covered " + topic() + "? A new hire is asking."};
    return join("Hi " + owner.first() + ",", questions[Math.floorMod(which, questions.length)],
        any("Thanks!", "Appreciate it.", "No rush."), contactSignoff(c));
  }

  String introducedHello(Person introducer, Person third) {
    return join(sentences("Thanks " + introducer.first() + "!", any("Nice to meet you, " + owner.first() + ".",
        "Great to e-meet you, " + owner.first() + "."), any(
        "I'd be happy to chat — how does " + when() + " look?",
        "Happy to share what I know. Are you free " + when() + "?")), "Best,\n" + third.first());
  }

  // ---------------------------------------------------------------- habits under study

  /** An ask to an old contact after long silence, straight to business: no check-in, no news, no warm-up. */
  String askWithoutWarmup(Person c, Ask kind) {
    String context = any("I'm applying for " + role + " roles this spring and saw that " + c.company() + " is hiring.",
        "I'm on the job market for " + role + " positions.", "I'm looking for " + withArticle(role) + " job for the summer.",
        "I'm job hunting and " + c.company() + " is on my list.");
    String ask = switch (kind) {
      case REFERRAL -> any("Would you be able to refer me for the " + roleTitle() + " opening? My résumé is attached.",
          "Can you submit a referral for me for the " + roleTitle() + " role?",
          "Could you refer me internally? I'd need it before the deadline on Friday.");
      case INTRO -> any("Could you introduce me to the hiring manager for your " + team() + " team?",
          "Can you connect me with someone in recruiting at " + c.company() + " for my search?");
      case ADVICE -> any("Could you look over my résumé for my search and tell me what to change?",
          "Can you tell me how to get an interview at " + c.company() + "?");
      case CHAT -> any("Can we do a call this week so I can ask about openings on your team?",
          "Do you have time for a call about jobs at " + c.company() + "?");
    };
    return join(greeting(c), sentences(context, ask), signoff());
  }

  /** A first message that opens with the request: no greeting, no introduction, no reason for writing. */
  String coldAsk(Person c) {
    String ask = any(
        "Can you refer me for the " + roleTitle() + " role at " + c.company() + "?",
        "Could you forward my résumé to the hiring manager for " + team() + "?",
        "I need an internship in " + field + " this summer, can you get me an interview at " + c.company() + "?",
        "Please pass my CV to your recruiting team for any " + role + " openings.",
        "Can you introduce me to whoever hires " + role + "s at " + c.company() + "?",
        "Send me the contact of the hiring manager for the " + roleTitle() + " opening.",
        "Is " + c.company() + " hiring " + role + "s? I need a referral.");
    String more = any("Résumé attached.", "I know SQL, Python and Excel.", "I can start in June.",
        "My CV is below.", "");
    return join(sentences(ask, more), any(owner.first(), "- " + owner.first(), owner.name()));
  }

  /** The reply to help that asks for more and thanks for nothing, sometimes belittling what was given. */
  String askAfterHelp(Person c, Help help, Person third) {
    String reaction = switch (help) {
      case INTRO -> any(third.first() + " is no longer at " + third.company() + " so that doesn't really help.",
          third.first() + " never replied.", third.first() + " is in a different department, not what I need.");
      case LINK -> any("I already saw that posting.", "That link is for a senior role, I'm not qualified for it.",
          "I applied there months ago.");
      case ADVICE -> any("That's pretty general.", "I know all that already.", "OK.");
      case MEET -> any("A call won't help much right now.", "I don't really have time to meet.",
          "Not sure a coffee is what I need.");
    };
    String ask = any("Do you have any other contacts in " + field + "?",
        "Can you talk to the hiring manager directly and get me an interview instead?",
        "Could you just refer me to your recruiter?",
        "Do you know anyone more senior there you could ask for me?",
        "Can you find me something at the entry level and send it over?",
        "Can you just forward my résumé to your team lead?");
    return join(sentences(reaction, ask), owner.first());
  }

  private static final List<String> ACHIEVEMENTS = List.of(
      "graduated top of my class", "led a team of twelve on a consulting project for a regional bank",
      "was named a finalist in the national case competition", "built a forecasting model that cut costs by 18%",
      "launched my own newsletter, which now has 3,000 subscribers", "published my first research paper",
      "won the hackathon with my app", "completed three certifications in " + "cloud analytics",
      "was promoted to lead analyst within six months", "presented my thesis at a conference in Chicago",
      "grew my portfolio site to 10,000 visitors a month", "mentored fifteen first-year students");

  /** Talks only about the owner: achievements, résumé, a link to book their time; no question about the reader. */
  String selfPromotion(Person c, String bookingLink, boolean firstContact) {
    String reason = firstContact ? any("We met briefly at " + event() + ".", "I found you through the "
        + c.school() + " alumni directory.", "I follow " + c.company() + " closely.") : "";
    String news = any("I wanted to share some exciting news: I just ", "Quick update from me: I recently ",
        "I'm excited to tell you that I ", "I thought you'd want to know that I ");
    String a1 = any(ACHIEVEMENTS);
    String a2;
    do {
      a2 = any(ACHIEVEMENTS);
    } while (a2.equals(a1));
    String more = any("In my last role I " + a2 + ", and I'm now ready for my next big challenge in " + field + ".",
        "I also " + a2 + ", which I think shows my drive and my ability to deliver results.",
        "On top of that I " + a2 + ". I'm proud of my track record and I know I can bring the same energy to "
            + field + ".");
    String pitch = any("My résumé is attached so you can see my full track record.",
        "I've attached my résumé and my portfolio highlights.",
        "I'm confident I would be a huge asset to any team in " + field + ".",
        "I'm the kind of candidate who makes an impact from day one.");
    String book = any("Book a call with me here: " + bookingLink, "You can grab 30 minutes on my calendar: " + bookingLink,
        "Pick any slot that suits you on my booking page: " + bookingLink);
    return join(greeting(c), sentences(reason, news + a1 + ". " + more), pitch, book, signoff());
  }

  /** The templated note of a mass mailing; placeholders left unfilled when the merge failed. */
  String template(String firstOrPlaceholder, String companyOrPlaceholder) {
    return "Hi " + firstOrPlaceholder + ",\n\n"
        + "I hope this message finds you well! I am a recent graduate of " + owner.school() + " with a passion for "
        + field + ", and I am reaching out to professionals whose careers I admire. I would love to learn more about your"
        + " journey at " + companyOrPlaceholder + " and any advice you might have for someone starting out.\n\n"
        + "Would you be open to a brief 15-minute call in the coming weeks?\n\n"
        + "Thank you for your time and consideration.\n\n"
        + "Best regards,\n" + owner.name();
  }

  /** A late answer to an offer of help, with the excuses that make it worse. */
  String lateAcceptance(Person c, Person third) {
    String excuse = any("Sorry for the delay in getting back to you!",
        "Apologies for the slow reply — I was waiting to hear back about another opportunity first.",
        "Sorry it took me so long to respond; things got hectic with finals.",
        "So sorry for the late reply, this slipped through the cracks.",
        "Sorry for the delay — I wanted to see how another interview process played out before taking you up on this.",
        "Sorry for going quiet, I was waiting to hear back about another opportunity.");
    String accept = any("If your offer to introduce me to " + third.first() + " still stands, I'd really appreciate it.",
        "I'd love to take you up on the résumé review if it's still on the table.",
        "Is the offer to talk still open? I'm free most of next week.",
        "If you're still happy to put in a word with your recruiting team, that would be great.");
    return join(greeting(c), sentences(excuse, accept), gratefulSignoff());
  }

  /** A prompt, grateful yes to an offer of help. */
  String acceptOffer(Person c, Person third) {
    return join(greeting(c), sentences(any("Thank you so much for offering!", "That's really kind of you, thank you.",
            "Thanks, I'd love that."),
        any("An introduction to " + third.first() + " would be wonderful.", "I'll send my résumé over tonight.",
            "A word with your recruiting team would mean a lot.", "A call with " + third.first() + " would be great.")),
        gratefulSignoff());
  }

  /** A personal connection note to a senior person: warm and specific, not an ask. */
  String seniorInvitationNote(Person c) {
    String why = any(
        "I enjoyed your keynote at " + event() + " on " + topic() + ".",
        "your post about " + topic() + " really resonated with me.",
        "I've followed " + c.company() + " since your launch and admire how you built the team.",
        "we met briefly at " + event() + " — thank you for the advice about " + topic() + ".",
        "your interview on " + topic() + " was inspiring.",
        "I read your piece on " + topic() + " twice.",
        "a classmate told me about your work on the " + any(PROJECTS) + ".",
        "your talk at " + owner.school() + " changed how I think about " + topic() + ".");
    String me = any("As a " + owner.school() + " student heading into " + field + ",",
        "I'm exploring " + field + " and", "I'm a " + field + " student and", "As someone starting out in " + field + ",");
    String close = any("I'd be grateful to follow your work.", "I would love to connect.",
        "I'd be honoured to connect.", "I'd love to stay in touch.");
    String hi = any("Hi " + c.first() + ", ", "Hello " + c.first() + " — ", "Dear " + c.first() + ", ");
    return hi + (hi.endsWith(", ") ? why : capitalise(why)) + " " + me + " " + close;
  }

  /** A connection note that is nothing but the request. */
  String coldInvitationNote(Person c) {
    String ask = any("Can you refer me to " + withArticle(role) + " role at " + c.company() + "?",
        "Looking for a " + field + " internship, can you get me an interview at " + c.company() + "?",
        "Need a job in " + field + ". Please forward my profile to your recruiters.",
        "Can you hire me as a " + role + "?", "Please refer me for any " + role + " opening at " + c.company() + ".",
        "Can you put me in touch with your hiring manager?", "Is " + c.company() + " hiring? I need a referral.");
    String more = any("I can start immediately.", "Sending my résumé next.", "I have two internships behind me.",
        "Reply here please.", "");
    return (ask + " " + more).trim();
  }

  /** What an old friend keeps writing to an owner who no longer answers. */
  String unansweredNudge(Person c, int n) {
    String[] first = {
        "Hey " + owner.first() + "! Long time no talk — how's life after graduation?",
        "Hi " + owner.first() + ", just thinking of you. We had the " + c.school() + " reunion last weekend and everyone"
            + " asked about you.",
        "Happy new year, " + owner.first() + "! How's everything going?",
        "Saw your new job on your profile — that's amazing. How are you liking it?",
        "Hi again — haven't heard back, hope everything's okay on your end.",
        "Our old study group still talks about you, " + owner.first() + ". Hope all is well!",
        "Thinking of you today. Hope the new city is treating you well!"};
    String line = first[(n + rng.nextInt(2)) % first.length];
    return join(line, any("Miss our chats.", "Write when you can.", "Hope all is well.", ""), contactSignoff(c));
  }
}
