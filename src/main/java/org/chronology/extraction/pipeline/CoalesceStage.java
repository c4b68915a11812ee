package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.datesCompatible;
import static org.chronology.extraction.pipeline.DraftComparisons.placesCompatible;
import static org.chronology.extraction.pipeline.DraftComparisons.typesCompatible;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * One event per happening within an article: a later mention folds into an earlier event of a
 * compatible type when it refers back to it (الزيارة، زيارته، كما التقى), continues it in the next
 * sentences without a date of its own, shares a person with it at a compatible date and place, or
 * repeats it (a headline, a duplicated lead). Events without any actor take the countries of the
 * event just before (بينهما، البلدين).
 *
 * <p>Every folding rule looks at the same pair (earlier event, later mention) and the order of the
 * rules decides which wins: that order stays here, in {@code folds}. The questions of how a later
 * sentence retells a happening in other words (a signing, a visit's arrival or programme, a context
 * sentence) are {@link Retellings} and {@link RetoldSignings}; a sentence's second trigger telling
 * its first trigger's happening again is {@link SecondTriggers}; how two drafts compare is {@link
 * DraftComparisons}; the evidence that a mention tells another happening and must not be folded is
 * {@link AnotherHappening}; the last rules, comparing the two drafts alone (a headline, an anaphor,
 * a continuation, a shared principal), are {@link CompatibleMentions}; what a folded mention brings
 * to the event is {@link FoldedMentions}.
 */
@Stage.Contract(
    name = "coalesce",
    requires = {Layer.ROLES, Layer.EVENT_PLACES, Layer.ANAPHORA},
    adds = Layer.COALESCED)
public record CoalesceStage(Lexicon lexicon) implements Stage {

  /** How many sentences after an event a mention still continues it (its countries, its story). */
  static final int CONTINUATION_SENTENCES = 2;

  @Override
  public void process(Document doc) {
    List<EventDraft> kept = new ArrayList<>();
    Map<EventDraft, DateHit> announcedOn = new IdentityHashMap<>();
    MediaClaims.leaveAnchors(doc);
    doc.events().removeIf(d -> d.presentTitle && toldInBody(doc, d));
    doc.events().removeIf(d -> new FramedNouns(lexicon).datedByWhatFollows(doc, d));
    for (int i = 1; i < doc.events().size(); i++) {
      new ConjoinedActs(lexicon).shareSubject(doc, doc.events().get(i - 1), doc.events().get(i));
      AgreedItems.shareAgreement(lexicon, doc, doc.events().get(i - 1), doc.events().get(i));
      BesideInstruments.shareSigning(lexicon, doc, doc.events().get(i - 1), doc.events().get(i));
      new SeparateHappenings(lexicon)
          .shareAnnouncer(doc, doc.events().get(i - 1), doc.events().get(i));
    }
    for (EventDraft e : doc.events()) {
      EventDraft last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (e.actors.isEmpty()
          && last != null
          && (last.sentence == e.sentence || namesPair(doc, e))) {
        // a conjoined verb shares its subject ("افتتحت مكتبا ... وعززته"); بينهما names the pair
        e.inheritCountries(last, CONTINUATION_SENTENCES);
      }
      EventDraft target = new ArrivalReceptions(lexicon).greetedVisit(doc, kept, e);
      boolean gatheringKept = false;
      for (EventDraft k : kept) {
        gatheringKept |= k.type == EventType.MEETING;
      }
      for (int k = kept.size() - 1; k >= 0 && target == null; k--) {
        EventDraft p = kept.get(k);
        if (e.sayingAboutTold && p.type != EventType.STATEMENT) {
          continue; // a dated saying about a happening told before is news of its own
        }
        if (!p.sittingOnly && folds(doc, p, e, gatheringKept)) {
          target = p;
        }
      }
      if (target != null) {
        boolean kept1 = gatheringKept;
        target = RestatedVisits.pointBack(kept, target, e, q -> folds(doc, q, e, kept1));
      }
      if (target != null) {
        boolean kept0 = gatheringKept;
        target = VisitLegs.rightLeg(kept, target, e, k -> folds(doc, k, e, kept0));
      }
      if (target == null && !e.sayingAboutTold && OwnSideWords.continues(doc, e, last)) {
        target = last; // "استدعت أرمينيا سفيرها …" then "وقالت المتحدثة باسم خارجيتها في بيان إن …"
      }
      if (target == null && OwnSideWords.nobody(e)) {
        continue; // "وقال المحلل السياسي في تصريح …": no party's word
      }
      if (target == null) {
        kept.add(e);
      } else {
        if (!e.sittingOnly && new Sayings(lexicon).announcedIncident(doc, target, e)) {
          announcedOn.put(target, target.date);
          if (e.type != EventType.INCIDENT) {
            // "أعلن الكرملين أن الأسد قام بزيارة …": the act announced is the event
            boolean keepsDay = FoldedDates.keepsOwn(doc, target, e);
            target.type = e.type;
            target.head = e.head;
            target.status = e.status;
            target.mediaClaim = e.mediaClaim;
            target.unconfirmed = e.unconfirmed;
            if (!keepsDay) {
              // unless the act has no date as strong as the announcement's own ("أعلنت اليوم أن
              // … وطالبته بالمغادرة في غضون 48 ساعة من تسلم المذكرة"): the announcement's day
              target.date = e.date;
              target.ownDate = e.ownDate;
            }
          }
        }
        new FoldedMentions(lexicon).fold(doc, target, e);
        e.foldedInto = target;
      }
    }
    for (EventDraft e : List.copyOf(kept)) {
      if (e.sayingAboutTold) {
        continue;
      }
      EventDraft target = new SaidOf(lexicon).pointedBack(doc, kept, e);
      if (target == null) {
        target = new SaidAt(lexicon).occasion(doc, kept, e);
      }
      if (target != null
          && !AnotherHappening.otherInstance(target, e)
          && !new AnotherHappening(lexicon).pointedReaction(doc, e)) {
        new FoldedMentions(lexicon).fold(doc, target, e);
        e.foldedInto = target;
        kept.remove(e);
      }
    }
    FollowUpDates.newsOfTheDay(doc, FollowUpDates.leftUndated(doc, kept));
    for (EventDraft e : kept) {
      if (e.date == null && announcedOn.get(e) != null) {
        // no later sentence dated the incident: it happened by the day it was announced
        e.date = announcedOn.get(e);
        e.ownDate = false;
      }
      new AnnouncedAct(lexicon).apply(doc, e);
      new DeclaredPlans(lexicon).apply(doc, e);
      new WelcomedSteps(lexicon).apply(doc, e);
      new StandingCharges(lexicon).apply(doc, e);
      new ReceivedGuest(lexicon).apply(doc, e, kept);
      new TalksAbroad(lexicon).apply(doc, e, kept);
      AnchoredDates.resolve(e);
    }
    // an undated sitting of talks (never a target above) folded into nothing is no happening,
    // unless it is the article's own headline and the body tells nothing of it
    kept.removeIf(e -> e.sittingOnly && !soleTitle(doc, e));
    new LikeActs(lexicon).apply(doc, kept);
    FollowUpDates.doneAfterReport(doc, kept);
    MediaClaims.reported(kept);
    for (EventDraft e : kept) {
      FoldedMentions.joinLent(e);
    }
    VisitBodies.drop(lexicon, doc, kept);
    StayLengths.settle(doc.events()); // the days of a stay, once they no longer decide folding
    doc.setEvents(kept);
  }

  private boolean namesPair(Document doc, EventDraft e) {
    var s = doc.sentences().get(e.sentence);
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.namesPair(w)
          || Proclitics.startsWithAnd(w) && lexicon.namesPair(Proclitics.withoutAnd(w))) {
        return true;
      }
    }
    return false;
  }

  private boolean folds(Document doc, EventDraft p, EventDraft e, boolean gatheringKept) {
    if (LeavingVisits.metThere(lexicon, doc, p, e)
        || LeavingVisits.goesHome(lexicon, doc, p, e)
        || LeavingVisits.endsStay(lexicon, doc, p, e)) {
      // "يغادر … متوجهاً إلى مدينة أخرى، حيث يجتمع …"; leaving for home or at the stay's close
      return true;
    }
    if (OwnDayMeetings.apart(lexicon, doc, p, e)) {
      return false; // a meeting of the visit on a day of its own
    }
    if (!AnotherHappening.otherInstance(p, e) && new FramedVisits(lexicon).framed(doc, p, e)) {
      return true; // "وصل … في زيارة رسمية تختتم اليوم": the arrival's visit, with its span
    }
    if (p.sentence == e.sentence && new ArrivalReceptions(lexicon).partOfVisit(doc, p, e)) {
      // "استقبل السلطان اليوم الرئيس الضيف، الذي وصل مساء أمس الأول في زيارة": the reception is
      // held during the stay its own sentence tells, not a meeting on a day of its own
      return true;
    }
    if (new AnotherHappening(lexicon).deniedClaim(doc, p, e)) {
      return true; // "…، وهو ما نفته طهران": the reply within the claim's report
    }
    if (AnotherHappening.otherInstance(p, e)
        || AnotherHappening.measuresDateOf(doc, e, p)
        // "طردت … أمس، بعد أسبوعين من استدعاء السفير": the happening the lapse is measured from
        || LapseClauses.measuredAfter(lexicon, doc, p, e)
        || new AnotherHappening(lexicon).pointedReaction(doc, e)
        || new AnotherHappening(lexicon).callBesideVisit(doc, p, e)
        || p.sentence == e.sentence
            && new ConjoinedActs(lexicon).distinct(doc, p.head, e.head, e.first)
        || new ContrastedDoers(lexicon).otherParty(doc, p, e)
        || new AnotherHappening(lexicon).otherSigning(doc, p, e) // "فيما وقّعت الحكومتان … وثيقة"
        || new AnotherHappening(lexicon).addedSigning(doc, p, e) // "كما جرى التوقيع على مذكرة"
        || BesideInstruments.secondInstrument(lexicon, doc, p.head, e.head) // "إلى جانب 17 اتفاقية"
        || new ConsequenceClauses(lexicon).movedParty(doc, p.head, e.head)
        || AgreedItems.furtherStep(lexicon, doc, e)
        || JoinedGatherings.apart(doc, p, e) // "زار موسكو حيث شارك في قمة"، "يوم 18 … في منتدى"
        || VisitDays.meetingOnOwnDay(p, e)
        // "… خلال زيارة الوزيرة"، "الجولة الأولى من المشاورات السياسية": a session of a series
        || p.type == EventType.VISIT && NumberedRounds.roundOfSeries(lexicon, doc, e)
        || e.type == EventType.VISIT && NumberedRounds.roundOfSeries(lexicon, doc, p)
        // "وعلى هامش القمة، التقى …": talks beside a gathering are neither it nor a journey
        || SidelineTalks.heldBeside(lexicon, doc, e) && !SidelineTalks.heldBeside(lexicon, doc, p)
        || e.type == EventType.VISIT && SidelineTalks.heldBeside(lexicon, doc, p)) {
      return false;
    }
    if (new RetoldSignings(lexicon).signedInstrument(doc, p, e)) {
      return true; // "وقال الوزير إن المذكرة الموقعة …": the memorandum signed before
    }
    if (Retellings.namedDuring(doc, p, e)) {
      return true;
    }
    if (new Retellings(lexicon).furtherMention(doc, e)
        && (typesCompatible(p.type, e.type) || e.type == EventType.OTHER)
        && (!Retellings.datedElsewhere(e) || new Retellings(lexicon).untilDate(doc, e))) {
      return true; // "وجرى التوقيع في باريس …": the signing told before
    }
    if (new Retellings(lexicon).programmeStop(doc, p, e)) {
      return true; // "ومن المنتظر أن يزور الرئيس اليوم معرض …": a stop of the visit under way
    }
    if (new ArrivalReceptions(lexicon).partOfVisit(doc, p, e)
        || GuestReceptions.guestOfVisit(lexicon, doc, p, e)
        || ClosingCommuniques.toldIn(lexicon, doc, p, e)) {
      return true; // "وكان في استقباله لدى وصوله …": the visit begins; "واستقبل الأمير ضيفه"
    }
    if (typesCompatible(p.type, e.type) && new FramedNouns(lexicon).setInContext(doc, e)) {
      return true; // "وتأتي الزيارة في وقت …": the visit told before, set in its background
    }
    if (!placesCompatible(p, e) && !SaidPlaces.placeOfWhatIsSaid(doc, p, e)) {
      return false;
    }
    if (Retellings.namedByItsDay(p, e)) {
      return true; // "ويعد هجوم 15 آذار/مارس الأعنف": the attack told on that day
    }
    if (TimelineEntries.recaps(doc, p, e)) {
      return true; // "- 6 مايو 2025: الخرطوم تقطع العلاقات …": the chronology lists it again
    }
    boolean eDated = e.date != null && e.ownDate;
    if (new Sayings(lexicon).announcedIncident(doc, p, e) || SecondTriggers.restatedNoun(p, e)) {
      return true;
    }
    if (SecondTriggers.namedAgain(p, e) && !new AnotherHappening(lexicon).otherPartysAct(doc, p, e)
        || SecondTriggers.talksOfOutcome(p, e) && datesCompatible(p, e)
        || new NounRelatives(lexicon).tellsNounsHappening(doc, p, e)) {
      return true;
    }
    if (SecondTriggers.sameSentenceFacet(p, e)
        || SecondTriggers.typedAfterOther(p, e)
        || new SettingMeetings(lexicon).settingOf(doc, p, e)
        || p.sentence == e.sentence && new SettingMeetings(lexicon).settingOf(doc, e, p)) {
      return true;
    }
    if (new RetoldSignings(lexicon).gatheringOfSigning(doc, p, e, gatheringKept)) {
      return true;
    }
    // a date in what is said ("مشيراً إلى أن المذكرة التي وقعتها إثيوبيا مطلع العام …") dates
    // what is told, not the saying
    boolean dateSaid = new Sayings(lexicon).datedInWhatIsSaid(doc, e);
    if (new Sayings(lexicon).saidDuring(doc, p, e, eDated && !dateSaid)
            && (dateSaid || datesCompatible(p, e))
        || new Sayings(lexicon).sameStatesWord(p, e)) {
      return true;
    }
    Retellings r = new Retellings(lexicon);
    if (r.firstSince(doc, p, e)) {
      e.date = null; // the gap's start, not the happening's day
      return true;
    }
    if (r.contentOf(doc, p, e)
        || new RetoldSignings(lexicon).signedAgain(doc, p, e)
            && !AnotherHappening.datedBeforeTheNews(doc, p, e)
        || r.contentRetold(doc, p, e)
        || Retellings.programme(p, e)
            && !VisitDays.plannedReception(lexicon, doc, e)
            && (!VisitDays.plannedOnOwnDay(lexicon, doc, p, e)
                || new VisitStays(lexicon).covers(doc, p, e))) {
      return true;
    }
    if (r.framedAgain(doc, e) && typesCompatible(p.type, e.type) && !Retellings.datedElsewhere(e)) {
      return true;
    }
    if (Retellings.arrivalOfVisit(p, e) || Retellings.startOf(p, e)) {
      return true;
    }
    if (LapseClauses.toldElsewhere(lexicon, doc, p, e)) {
      return true; // "بعد ساعات من توقيع مذكرة تفاهم" and the signing told with its day
    }
    if (EarlierHappenings.framedTelling(lexicon, doc, p, e)) {
      return true; // "وتأتي الزيارة بعد توقيع البلدين اتفاقية … في أيار الماضي": told before
    }
    if (RetoldHappening.retold(doc, p, e)
        || VisitDays.otherDayOf(lexicon, doc, p, e)
        || VisitDays.visitorMeets(doc, p, e)
        || RetoldHappening.namedAgain(doc, p, e)
        || RetoldHappening.sameWordAgain(doc, p, e)
        || RetoldHappening.topicOfSaying(lexicon, doc, p, e)) {
      return true;
    }
    return CompatibleMentions.folds(doc, p, e, eDated);
  }

  /**
   * "مباحثات سعودية أمريكية في الرياض"، "اتفاق تعاون بين مصر والأردن": the article's own headline
   * names a happening (in the present or by its noun alone) that no other event of the article
   * tells again (none of its kind, none with one of its actors): it is the article's news, not a
   * headline's echo of the body, and weighs as a sentence of the body does. A headline naming no
   * one ("بعد زيارة وُصفت بالتاريخية..") stays an echo.
   */
  static boolean soleTitle(Document doc, EventDraft d) {
    return !d.actors.isEmpty() && BackgroundFilterStage.titleLine(doc, d) && !toldInBody(doc, d);
  }

  /**
   * The headline told in the present names a happening the body tells again, of its kind or with
   * one of its actors: the body's telling is the event (its verb gives the tense and its date), the
   * headline's present only announces it.
   */
  private static boolean toldInBody(Document doc, EventDraft d) {
    for (EventDraft o : doc.events()) {
      if (o.sentence == d.sentence || doc.sentences().get(o.sentence).headline()) {
        continue;
      }
      if (o.type == d.type
          || o.actors.stream()
              .anyMatch(a -> d.actors.stream().anyMatch(b -> b.name().equals(a.name())))) {
        return true;
      }
    }
    return false;
  }
}
