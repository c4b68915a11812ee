package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.PlaceEntry;

/**
 * An event while the pipeline builds it (mutable, confined to one document). Each field belongs to
 * the layer of the one stage that sets it (named on the field); later stages only read it, except
 * where a field's comment says otherwise (roles, coalescing, confidence, titles refine a draft).
 */
public final class EventDraft {
  // --- EVENTS (EventSegmentStage)

  /** sentence index */
  public int sentence;

  /** tokens of the clauses the event was read from */
  public int first;

  public int end;
  public TriggerHit head;
  public EventType type;

  /**
   * an undated saying kept as news because its frame places it in the speaker's own setting ("قال …
   * في مؤتمر صحفي إن …", {@link Replies}): the acting side's word right after its act still folds
   * into that act ({@link OwnSideWords})
   */
  public boolean ownSetting;

  /** a dated saying about a happening told before ({@link SayingOfToldHappening}) */
  public boolean sayingAboutTold;

  // --- STATUS (EventStatusStage)

  public EventStatus status = EventStatus.HAPPENED;

  /** status came from a negation (لم، لن) rather than a postponement */
  public boolean negated;

  /**
   * The article's headline told in the present ("يصل الرئيس … إلى روما في زيارة دولة"): today's
   * news, kept only when the body does not tell it again ({@link CoalesceStage}).
   */
  public boolean presentTitle;

  /**
   * told in what a medium reveals or unnamed sources say; reported once coalesced, so that the mark
   * does not keep a further telling of the happening apart (MediaClaims)
   */
  public boolean mediaClaim;

  /**
   * reported because a party denied it or none confirmed it ("وهو ما نفته الوزارة"): a claim told
   * as plainly as a medium's, not a hedge
   */
  public boolean unconfirmed;

  // --- EVENT_DATES (EventDateStage)

  /** the governing date phrase, or null */
  public DateHit date;

  /** the date phrase stands in the event's own clauses (not inherited from the sentence) */
  public boolean ownDate;

  /**
   * its date is that of an earlier happening a منذ after its head names ("والزيارة هي الأولى منذ
   * زيارة سلفه في 2006"): the draft stands for that happening, so a later "خلال الزيارة" does not
   * point to it
   */
  public boolean sinceNamed;

  /**
   * the days its clauses say it lasts, first to last ("في زيارة تستغرق يومين"), and the date it was
   * read from: the stay becomes its date once merging is done, if that date is still the one
   * ({@link StayLengths})
   */
  public DateHit stay;

  public DateHit stayTold;

  /**
   * the date phrase opens a period ("منذ 2008"): a state's start or a gap, not a happening's day
   */
  public boolean sinceDate;

  /**
   * told in the past perfect ("وكان الوزير قد زار …"): background from before the article's news,
   * never the occasion "هذه الزيارة" points to
   */
  public boolean pastPerfect;

  // --- FILTERED (BackgroundFilterStage)

  /**
   * an undated sitting of talks ("وأجرى الضيف محادثات مع …"): kept only to be folded into the
   * happening it is part of, with its parties; alone it is dropped (CoalesceStage)
   */
  public boolean sittingOnly;

  // --- EVENT_ACTORS (EventActorStage; ROLES sets each actor's role)

  public List<ResolvedActor> actors = new ArrayList<>();

  /**
   * the official who gives the account of it in the next sentence, telling no happening of its own
   * ("وقال المتحدث باسم الوزارة فلان إن …", EventActorStage): he joins the event this draft ends in
   * once folding is done (CoalesceStage), so he never decides what folds
   */
  public List<ResolvedActor> lent = new ArrayList<>();

  // --- EVENT_PLACES (EventPlaceStage)

  public PlaceEntry place;
  public boolean placeFromCountry;
  // --- CONFIDENCE, TITLES

  public double confidence;
  public String title;

  // --- ANAPHORA (AnaphoraStage)

  /** refers back to an event already reported (الزيارة، زيارته، كما التقى) */
  public boolean anaphoric;

  /** names the next instance of a happening, still to come (القمة المقبلة): never one told */
  public boolean nextInstance;

  // --- COALESCED (CoalesceStage)

  /** other sentences of the article folded into this event */
  public List<Integer> alsoIn = new ArrayList<>();

  /** the event its date is relative to ("قبل يوم من انطلاق العملية"), or null (EVENT_DATES) */
  public EventDraft anchor;

  /**
   * named after a lapse ("بعد ساعات من توقيع …"): earlier than its clause's date, which does not
   * date it (LapseClauses)
   */
  public boolean lapsed;

  /** the event this one was folded into within the article, or null */
  public EventDraft foldedInto;

  /**
   * an instrument signed beside the one its sentence's signing named first ("ووقع البلدان اتفاقية
   * …، إلى جانب مذكرة تفاهم"): told by that signing's verb, not a bare noun (BesideInstruments)
   */
  public boolean signedBeside;

  /**
   * an act told by its noun as what a witnessing still to come will see ("ومن المقرر أن يشهد
   * الجانبان توقيع مذكرات تفاهم"): told by that verb, not a bare noun (EventStatusStage)
   */
  public boolean witnessedAhead;

  public boolean hasPerson() {
    for (ResolvedActor a : actors) {
      if (a.kind() == org.chronology.extraction.ActorKind.PERSON) {
        return true;
      }
    }
    return false;
  }

  /**
   * An event naming no actor takes the countries of the event just before (بينهما، البلدين), when
   * it follows within {@code maxGap} sentences.
   */
  void inheritCountries(EventDraft prev, int maxGap) {
    if (sentence - prev.sentence > maxGap) {
      return;
    }
    for (ResolvedActor a : prev.actors) {
      if (a.kind() == ActorKind.COUNTRY) {
        actors.add(new ResolvedActor(a.entry(), a.identity(), null, -1, -1));
      }
    }
  }
}
