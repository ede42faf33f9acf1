package dev.rapport.patterns;

/**
 * Small people for detector tests: each pattern's bad habit next to a similar person without it, and one person
 * who does everything well. Stories end on 2025-12-31 unless they say otherwise.
 */
final class Stories {
  static final String END = "2025-12-31";
  static final String REFER_ASK = "Could you refer me to the analyst opening at Stripe?";

  private Stories() {}

  /** Does what careers advisers recommend: check-ins, thanks, follow-ups, asks with context, fast replies. */
  static PersonData healthy() {
    PersonBuilder p = new PersonBuilder("hana").asOf(END);
    p.contact("mia", "Director of Design", null);
    p.contact("pete", "Software Engineer", null);
    p.contact("quinn", "Analyst", null);
    p.contact("sol", "Head of Design", "2025-06-12");
    p.contact("tara", "Product Designer", null);
    p.contact("uma", "UX Researcher", "2025-03-01");

    String a = p.send("mia", "2025-01-10", "Hi Mia, how did the conference go? I hope your talk went well.",
        Sig.plain().greeting().iYou(1, 3).aboutReader());
    String b = p.receiveReply(a, "2025-01-10T15:00", Sig.plain().question());
    p.sendReply(b, "2025-01-11", "Going well, thanks for asking! The studio course is hard but fun.",
        Sig.thanks().iYou(1, 1));
    String share = p.send("mia", "2025-03-15", "Saw this article on design systems and thought of your team.",
        Sig.plain().sharing().iYou(1, 1));
    p.receiveReply(share, "2025-03-15T18:00", Sig.thanks());
    String ask = p.send("mia", "2025-05-02", "Hi Mia, I hope the launch went well. I'm applying to the UX internship"
        + " at Acme and I'd value your advice. Would you have 20 minutes next week?",
        Sig.ask().greeting().reason().iYou(3, 2).at(0, "greeting").at(1, "reason_for_writing").at(2, "ask"));
    String offer = p.receiveReply(ask, "2025-05-02T20:00", Sig.plain().offer().question());
    p.sendReply(offer, "2025-05-03T08:00", "Thank you so much! Tuesday at 3 works for me.", Sig.thanks().iYou(1, 1));
    String notes = p.receiveReply(offer, "2025-05-08", Sig.plain().sharing());
    p.sendReply(notes, "2025-05-08T12:00", "Thank you, these notes are great. I'll let you know how it goes.",
        Sig.thanks().iYou(2, 1));
    String congrats = p.send("mia", "2025-09-01", "Congratulations on your promotion, so well deserved!",
        Sig.plain().congrats().iYou(0, 1));
    p.receiveReply(congrats, "2025-09-01T19:00", Sig.thanks());
    String checkIn = p.send("mia", "2025-11-20", "Hi Mia, how is the new team settling in?",
        Sig.plain().greeting().aboutReader().iYou(0, 1));
    p.receiveReply(checkIn, "2025-11-20T16:00", Sig.plain());

    String q = p.receive("pete", "2025-02-01", Sig.plain().question());
    p.sendReply(q, "2025-02-01T12:00", "Yes, I'm free on Friday. Want to meet at the library?",
        Sig.plain().question().iYou(1, 1));
    for (String day : new String[] {"2025-06-01", "2025-10-01"}) {
      String c = p.send("pete", day, "Hey Pete, how was the hackathon? Did your team ship the demo?",
          Sig.plain().greeting().aboutReader().iYou(0, 2));
      p.receiveReply(c, day + "T20:00", Sig.plain());
    }

    String s = p.send("quinn", "2025-04-01", "This dataset on housing prices might help with your thesis.",
        Sig.plain().sharing().iYou(0, 1));
    String qq = p.receiveReply(s, "2025-04-01T13:00", Sig.thanks().question());
    p.sendReply(qq, "2025-04-01T17:00", "Happy to help, I can send the cleaning script too if you like.",
        Sig.plain().offer().iYou(1, 1));
    String q2 = p.send("quinn", "2025-08-15", "Hi Quinn, how did the thesis defence go?",
        Sig.plain().greeting().aboutReader().iYou(0, 1));
    p.receiveReply(q2, "2025-08-15T10:00", Sig.plain());

    String cold = p.send("sol", "2025-06-10", "Hi Sol. I'm Hana, a design student at State. Professor Lee suggested I"
        + " write to you about your accessibility work. Would you have 15 minutes in the coming weeks?",
        Sig.ask().greeting().intro().reason().iYou(2, 2)
            .at(0, "greeting").at(1, "self_introduction").at(2, "reason_for_writing").at(3, "ask"));
    String solOffer = p.receiveReply(cold, "2025-06-11", Sig.plain().offer().question());
    p.sendReply(solOffer, "2025-06-11T14:00", "Thank you! Thursday at 10 works well.", Sig.thanks().iYou(0, 0));
    String solShare = p.receiveReply(solOffer, "2025-06-20", Sig.plain().sharing());
    p.sendReply(solShare, "2025-06-20T15:00", "Thank you for the reading list, I started the first one today.",
        Sig.thanks().iYou(1, 1));

    String t = p.send("tara", "2025-07-05", "Hi Tara. I'm Hana, a design student at State. I loved your talk at the"
        + " meetup on research ops. Could I ask you two questions about how you started?",
        Sig.ask().greeting().intro().reason().iYou(3, 2)
            .at(0, "greeting").at(1, "self_introduction").at(2, "reason_for_writing").at(3, "ask"));
    String chase = p.sendReply(t, "2025-07-12", "Hi Tara, just bringing this back up in case it got buried.",
        Sig.plain().greeting().iYou(0, 0));
    String help = p.receiveReply(chase, "2025-07-13", Sig.plain().sharing());
    p.sendReply(help, "2025-07-13T18:00", "Thank you, this is really useful.", Sig.thanks().iYou(0, 0));

    String u = p.send("uma", "2025-03-03", "Great to meet you at the meetup! I enjoyed hearing about your study.",
        Sig.plain().reason().iYou(1, 1));
    p.receiveReply(u, "2025-03-03T19:00", Sig.plain());
    return p.build();
  }

  /** Three old acquaintances written to again only to ask, each after more than six months of silence. */
  static PersonData needOnly(boolean warmUpFirst) {
    PersonBuilder p = new PersonBuilder(warmUpFirst ? "nadia" : "nora").asOf(END);
    String[] who = {"ann", "ben", "cal"};
    String[] old = {"2024-01-05", "2024-01-20", "2024-02-10"};
    String[] asks = {"2025-03-01", "2025-04-10", "2025-05-20"};
    for (int i = 0; i < who.length; i++) {
      String q = p.receive(who[i], old[i], Sig.plain().question());
      p.sendReply(q, old[i] + "T12:00", "Sure, see you there.", Sig.plain());
      if (warmUpFirst) {
        String w = p.send(who[i], PersonBuilder.plus(asks[i], -30),
            "Hi! I saw your team's launch, congratulations. How is it going?", Sig.plain().congrats().aboutReader());
        p.receiveReply(w, PersonBuilder.plus(asks[i], -29), Sig.plain());
      }
      String a = p.send(who[i], asks[i], "Hi. " + REFER_ASK + " Thanks.", Sig.ask().greeting().at(1, "ask"));
      String h = p.receiveReply(a, PersonBuilder.plus(asks[i], 1), Sig.plain().sharing());
      p.sendReply(h, PersonBuilder.plus(asks[i], 2), "Thank you so much!", Sig.thanks());
    }
    return p.build();
  }

  static final String CONTEXT_ASK = "Hi there. I'm a final-year student at State. Professor Lee suggested I write to you"
      + " about your pricing work. Would you have 15 minutes for a call?";

  private static final String[] REASONS = {
      "Your keynote about observability budgets at the spring summit convinced our club to try tracing",
      "My cousin Rowan worked on your payments team and still praises how you ran design reviews",
      "I read your essay on hiring apprentices and want to build a similar programme on campus",
      "The open source scheduler your group released saved my capstone project from a painful rewrite",
      "We both studied mechanical engineering before moving into software, which is rarer than it sounds",
      "Your podcast episode on leaving consulting answered questions I had not dared to ask anyone"};

  /** A context ask whose reason sentence is personal to recipient {@code i}: no template. */
  static String personalAsk(int i) {
    return "Hi there. I'm a final-year student at State. " + REASONS[i % REASONS.length]
        + ". Would you have 15 minutes for a call?";
  }

  static Sig contextAsk() {
    return Sig.ask().greeting().intro().reason().iYou(2, 2)
        .at(0, "greeting").at(1, "self_introduction").at(2, "reason_for_writing").at(3, "ask");
  }

  /** Asks three people with context; each helps the next day; then thanks them, or never writes again. */
  static PersonData helpReceived(boolean thanks) {
    PersonBuilder p = new PersonBuilder(thanks ? "fiona" : "finn").asOf(END);
    String[] who = {"ann", "ben", "cal"};
    String[] days = {"2025-02-03", "2025-02-10", "2025-02-17"};
    for (int i = 0; i < who.length; i++) {
      String a = p.send(who[i], days[i], CONTEXT_ASK, contextAsk());
      String h = p.receiveReply(a, PersonBuilder.plus(days[i], 1), Sig.plain().sharing());
      if (thanks) {
        p.sendReply(h, PersonBuilder.plus(days[i], 2), "Thank you so much, I wrote to them today.", Sig.thanks());
      }
    }
    // an introduction makes dee's offer personal, not a stranger's pitch
    String offer = p.addReceived("dee", "2025-05-01", "Ann mentioned you might like a chat about design roles.",
        Sig.plain().offer().question());
    if (thanks) {
      p.sendReply(offer, "2025-05-01T18:00", "Thank you, yes please! Tuesday works.", Sig.thanks());
    }
    return p.build();
  }

  /** Answers help with a further ask and no thanks, belittling it ("no longer at the agency"), or thanks first. */
  static PersonData askAfterHelp(boolean grateful) {
    PersonBuilder p = new PersonBuilder(grateful ? "amy" : "ash").asOf(END);
    String[] who = {"ann", "ben", "cal"};
    String[] days = {"2025-02-03", "2025-03-10", "2025-04-17"};
    for (int i = 0; i < who.length; i++) {
      String a = p.send(who[i], days[i], CONTEXT_ASK, contextAsk());
      String h = p.receiveReply(a, PersonBuilder.plus(days[i], 1), Sig.plain().sharing());
      if (grateful) {
        p.sendReply(h, PersonBuilder.plus(days[i], 2), "Thank you so much, this is really helpful! Could you also"
            + " tell me which team she is on?", Sig.ask().gratitude().at(0, "gratitude").at(1, "ask"));
      } else if (i < 2) {
        p.sendReply(h, PersonBuilder.plus(days[i], 2), "He is no longer at the agency. Do you have any other"
            + " contacts?", Sig.ask().at(1, "ask"));
      } else {
        p.sendReply(h, PersonBuilder.plus(days[i], 2), "Thank you!", Sig.thanks());
      }
    }
    return p.build();
  }

  /** First messages to three strangers: a bare ask, or an ask after an introduction and a reason. */
  static PersonData firstAsks(boolean withContext) {
    PersonBuilder p = new PersonBuilder(withContext ? "clara" : "cole").asOf(END);
    String[] who = {"dana", "eli", "fay"};
    for (int i = 0; i < who.length; i++) {
      String day = PersonBuilder.plus("2025-03-01", 7 * i);
      if (withContext) {
        p.send(who[i], day, CONTEXT_ASK, contextAsk());
      } else {
        p.send(who[i], day, "Can you refer me to a role at your company? I attached my CV.",
            Sig.ask().asksFirst().at(0, "ask"));
      }
    }
    return p.build();
  }

  static final String TEMPLATE = "Hi %s, I am a student at State University and I would love to learn more about"
      + " your work at %s. Would you have 15 minutes for a call next week? Best, Gina";

  /** Six outreach messages: one template with names and companies filled in, or six personal notes. */
  static PersonData outreach(boolean template) {
    PersonBuilder p = new PersonBuilder(template ? "gina" : "gwen").asOf(END);
    String[] names = {"Dana", "Eli", "Fay", "Gus", "Hal", "Ivy"};
    String[] companies = {"Stripe", "Plaid", "Acme Corp", "Globex", "Initech", "Umbrella Health"};
    String[] personal = {
        "Hi Dana, your talk on fraud models at PyData changed how I think about label noise; how do you audit it?",
        "Eli, congratulations on the Series B. I'm curious how the data team will grow and what you look for.",
        "Fay, I read your thesis on causal forests and tried the method on bike-share data; may I share results?",
        "Gus, we met at the alumni dinner in March. You mentioned mentoring juniors; is that programme still open?",
        "Hal, my professor Ms. Ortiz says you built the first forecasting team at Initech from scratch, impressive.",
        "Ivy, your newsletter issue about hospital staffing was superb; do you have the underlying survey tables?"};
    for (int i = 0; i < names.length; i++) {
      String text = template ? String.format(TEMPLATE, names[i], companies[i]) : personal[i];
      // the template introduces its writer; each personal note gives its reason for writing
      p.send(names[i].toLowerCase(), PersonBuilder.plus("2025-03-01", i), text,
          template ? Sig.ask().greeting().intro() : Sig.ask().reason());
    }
    return p.build();
  }

  /** Four messages all about themselves with a résumé attached, or messages that ask about the reader. */
  static PersonData pitches(boolean aboutThem, double cohortMedian) {
    PersonBuilder p = new PersonBuilder(aboutThem ? "sara" : "sam").asOf(END).cohort(12, cohortMedian);
    String[] who = {"ann", "ben", "cal", "dee"};
    for (int i = 0; i < who.length; i++) {
      String day = PersonBuilder.plus("2025-02-01", 10 * i);
      if (aboutThem) {
        p.send(who[i], day, "I enjoyed your post on onboarding. How did you decide to rebuild it, and what would"
            + " you do differently? Happy to share my notes if useful.", Sig.ask().reason().aboutReader().iYou(3, 3));
      } else {
        p.sendWithAttachment(who[i], day, "I am a top performer with three years of experience. I led two"
            + " product launches and I built my own startup. My resume is attached. I'd love to tell you more.",
            Sig.plain().iYou(7, 1), "resume.pdf");
      }
    }
    return p.build();
  }

  /** First outreach to six people: all senior, or mostly peers; eight other people in the network. */
  static PersonData outreachTargets(int seniorTargets) {
    PersonBuilder p = new PersonBuilder(seniorTargets >= 5 ? "stella" : "steve").asOf(END);
    for (int i = 0; i < 6; i++) {
      String key = "target" + i;
      boolean senior = i < seniorTargets;
      p.contact(key, senior ? "VP Engineering" : "Software Engineer", null);
      p.send(key, PersonBuilder.plus("2025-04-01", 3 * i), personalAsk(i), contextAsk());
    }
    for (int i = 0; i < 10; i++) {
      String key = "known" + i;
      boolean senior = seniorTargets < 5 && i < 2;
      p.contact(key, senior ? "Director" : "Analyst", null);
      String q = p.receive(key, PersonBuilder.plus("2025-01-05", i), Sig.plain());
      p.sendReply(q, PersonBuilder.plus("2025-01-05", i) + "T12:00", "Sounds good, thanks.", Sig.thanks());
    }
    return p.build();
  }

  /** Four old two-way ties keep writing; the owner stopped answering them but writes to new people. */
  static PersonData oldTies(boolean answers) {
    PersonBuilder p = new PersonBuilder(answers ? "nell" : "ned").asOf(END);
    String[] who = {"ann", "ben", "cal", "dee"};
    for (int i = 0; i < who.length; i++) {
      String q = p.receive(who[i], PersonBuilder.plus("2024-02-01", 20 * i), Sig.plain().question());
      p.sendReply(q, PersonBuilder.plus("2024-02-01", 20 * i) + "T12:00", "Great to hear from you, yes let's meet.",
          Sig.plain());
      for (String day : new String[] {"2025-03-01", "2025-06-01"}) {
        String again = p.receive(who[i], PersonBuilder.plus(day, i), Sig.plain().question());
        if (answers) {
          p.sendReply(again, PersonBuilder.plus(day, i) + "T18:00", "So good to hear from you! Yes, let's catch up.",
              Sig.plain());
        }
      }
    }
    // the owner writes to someone new while the old ties wait: the archive shows the owner's mail at the time
    p.send("newer", "2025-04-10", "Thank you for the talk on Tuesday; the part on mentoring stayed with me.",
        Sig.thanks());
    for (int i = 0; i < 4; i++) {
      p.send("new" + i, PersonBuilder.plus("2025-08-01", 5 * i), CONTEXT_ASK, contextAsk());
    }
    return p.build();
  }

  static final String EXCUSE = "Sorry for the delay, I was waiting to hear back about another opportunity.";

  /** Three contacts offer help; the owner answers nine days later with an excuse, or the same afternoon. */
  static PersonData offersAnswered(int delayHours) {
    PersonBuilder p = new PersonBuilder(delayHours > 72 ? "sly" : "sue").asOf(END);
    String[] who = {"ann", "ben", "cal"};
    for (int i = 0; i < who.length; i++) {
      String day = PersonBuilder.plus("2025-03-01", 20 * i);
      String offer = p.receive(who[i], day, Sig.plain().offer().question());
      String when = PersonBuilder.at(day).plusSeconds(3600L * delayHours).toString().substring(0, 16);
      if (delayHours > 72) {
        p.sendReply(offer, when, EXCUSE + " Yes, I'd love to meet.", Sig.plain().apology().at(0, "apology_for_delay"));
      } else {
        p.sendReply(offer, when, "Thank you, yes! Tuesday afternoon works.", Sig.thanks());
      }
    }
    return p.build();
  }
}
