package org.crosscheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.analysis.MentionType;
import org.junit.jupiter.api.Test;

/** Claims from hand-checked UD trees, so these tests do not depend on the parser. */
class DependencyClaimExtractorTest {

  private static Claim only(List<Claim> claims, String lemma) {
    List<Claim> found = claims.stream().filter(c -> c.lemma().equals(lemma)).toList();
    assertThat(found).as("claims with lemma %s among %s", lemma, claims).hasSize(1);
    return found.get(0);
  }

  private static String text(Claim c, Role role) {
    return c.argument(role).map(Argument::text).orElse("<none>");
  }

  @Test
  void transitiveClauseHasAgentPatientAndTime() {
    List<Claim> claims = Trees.sentence("""
        Turkey PROPN Turkey 2 nsubj
        severed VERB sever 0 root
        ties NOUN tie 2 obj
        with ADP with 5 case
        Syria PROPN Syria 3 nmod
        in ADP in 7 case
        2011 NUM 2011 2 obl
        . PUNCT . 2 punct
        """).mention(MentionType.DATE, 7, 7).claims();

    assertThat(claims).hasSize(1);
    Claim c = claims.get(0);
    assertThat(c.kind()).isEqualTo(ClaimKind.EVENT);
    assertThat(c.predicate().text()).isEqualTo("severed");
    assertThat(c.subject()).map(Argument::text).contains("Turkey");
    assertThat(text(c, Role.AGENT)).isEqualTo("Turkey");
    assertThat(text(c, Role.PATIENT)).isEqualTo("ties with Syria");
    assertThat(c.argument(Role.TIME)).map(Argument::marker).contains("in");
    assertThat(text(c, Role.TIME)).isEqualTo("2011");
    assertThat(c.polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(c.text()).isEqualTo("Turkey severed ties with Syria in 2011");
    assertThat(c.evidenceText()).isEqualTo("Turkey severed ties with Syria in 2011 .");
  }

  @Test
  void hedgedNominalKeepsBothParticipants() {
    List<Claim> claims = Trees.sentence("""
        Although SCONJ although 8 mark
        details NOUN detail 8 nsubj:pass
        of ADP of 5 case
        their PRON their 5 nmod:poss
        talks NOUN talk 2 nmod
        were AUX be 8 aux:pass
        not PART not 8 advmod
        disclosed VERB disclose 15 advcl
        , PUNCT , 15 punct
        one NUM one 12 nummod
        likely ADJ likely 12 amod
        topic NOUN topic 15 nsubj
        was AUX be 15 cop
        the DET the 15 det
        restoration NOUN restoration 0 root
        of ADP of 18 case
        diplomatic ADJ diplomatic 18 amod
        relations NOUN relation 15 nmod
        between ADP between 20 case
        Russia PROPN Russia 18 nmod
        and CCONJ and 22 cc
        Turkey PROPN Turkey 20 conj
        . PUNCT . 15 punct
        """).claims();

    Claim restoration = only(claims, "restoration");
    assertThat(restoration.kind()).isEqualTo(ClaimKind.NOMINAL);
    assertThat(restoration.modality()).isEqualTo(Modality.LIKELY);
    assertThat(text(restoration, Role.PARTICIPANTS)).isEqualTo("Russia and Turkey");
    assertThat(text(restoration, Role.PATIENT)).isEqualTo("diplomatic relations");
    assertThat(restoration.text()).contains("restoration of diplomatic relations between Russia and Turkey");

    Claim disclosed = only(claims, "disclose");
    assertThat(disclosed.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(text(disclosed, Role.PATIENT)).isEqualTo("details of their talks");
  }

  @Test
  void denialIsNegativeAndAttributedToTheDenier() {
    List<Claim> claims = Trees.sentence("""
        Turkish ADJ Turkish 2 amod
        officials NOUN official 3 nsubj
        denied VERB deny 0 root
        this PRON this 3 obj
        , PUNCT , 6 punct
        stating VERB state 3 advcl
        it PRON it 10 nsubj
        was AUX be 10 cop
        not PART not 10 advmod
        accurate ADJ accurate 6 ccomp
        . PUNCT . 3 punct
        """).claims();

    Claim denial = only(claims, "deny");
    assertThat(denial.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(denial.speaker()).map(Argument::text).contains("Turkish officials");

    Claim accurate = only(claims, "accurate");
    assertThat(accurate.kind()).isEqualTo(ClaimKind.STATE);
    assertThat(accurate.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(accurate.speaker()).map(Argument::text).contains("Turkish officials");
    assertThat(accurate.predicate().text()).isEqualTo("was accurate");
  }

  @Test
  void subjectOrObjectUnderNoDeniesTheClause() {
    // UD EWT style trees, checked by hand
    Claim recovered = only(Trees.sentence("""
        No DET no 2 det
        gun NOUN gun 5 nsubj:pass
        has AUX have 5 aux
        been AUX be 5 aux:pass
        recovered VERB recover 0 root
        . PUNCT . 5 punct
        """).claims(), "recover");
    assertThat(recovered.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(recovered.text()).startsWith("No gun");

    Claim had = only(Trees.sentence("""
        Page PROPN Page 2 nsubj
        had VERB have 0 root
        no DET no 4 det
        children NOUN child 2 obj
        . PUNCT . 2 punct
        """).claims(), "have");
    assertThat(had.polarity()).isEqualTo(Polarity.NEGATIVE);

    Claim some = only(Trees.sentence("""
        Page PROPN Page 2 nsubj
        had VERB have 0 root
        two NUM two 4 nummod
        children NOUN child 2 obj
        . PUNCT . 2 punct
        """).claims(), "have");
    assertThat(some.polarity()).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void notOnlyAffirmsAndYetToDenies() {
    // UD EWT style trees, checked by hand
    Claim repulsed = only(Trees.sentence("""
        The DET the 3 det
        Indian ADJ Indian 3 amod
        warship NOUN warship 6 nsubj
        not PART not 5 advmod
        only ADV only 6 advmod
        repulsed VERB repulse 0 root
        an DET a 8 det
        attack NOUN attack 6 obj
        , PUNCT , 11 punct
        but CCONJ but 11 cc
        nabbed VERB nab 6 conj
        23 NUM 23 13 nummod
        pirates NOUN pirate 11 obj
        . PUNCT . 6 punct
        """).claims(), "repulse");
    assertThat(repulsed.polarity()).isEqualTo(Polarity.POSITIVE);

    Claim regain = only(Trees.sentence("""
        Riva PROPN Riva 2 nsubj
        had VERB have 0 root
        yet ADV yet 2 advmod
        to PART to 5 mark
        regain VERB regain 2 xcomp
        consciousness NOUN consciousness 5 obj
        . PUNCT . 2 punct
        """).claims(), "regain");
    assertThat(regain.polarity()).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void quoteIsAttributedToTheReportingClausesSubject() {
    List<Claim> claims = Trees.sentence("""
        " PUNCT " 5 punct
        Unfortunately ADV unfortunately 5 advmod
        , PUNCT , 5 punct
        there PRON there 5 expl
        is VERB be 0 root
        a DET a 7 det
        tendency NOUN tendency 5 nsubj
        toward ADP toward 9 case
        escalation NOUN escalation 7 nmod
        , PUNCT , 5 punct
        " PUNCT " 5 punct
        Putin PROPN Putin 14 nsubj:pass
        was AUX be 14 aux:pass
        quoted VERB quote 5 parataxis
        as SCONJ as 16 mark
        saying VERB say 14 advcl
        . PUNCT . 5 punct
        """).claims();

    Claim quote = only(claims, "be");
    assertThat(quote.speaker()).map(Argument::text).contains("Putin");
    assertThat(text(quote, Role.AGENT)).isEqualTo("a tendency toward escalation");
  }

  @Test
  void appositionGivesRoleClaimAndLeavesTheObjectShort() {
    List<Claim> claims = Trees.sentence("""
        The DET the 3 det
        Russian ADJ Russian 3 amod
        side NOUN side 4 nsubj
        included VERB include 0 root
        Mikhail PROPN Mikhail 4 obj
        Bogdanov PROPN Bogdanov 5 flat
        , PUNCT , 10 punct
        deputy NOUN deputy 10 compound
        foreign ADJ foreign 10 amod
        minister NOUN minister 5 appos
        . PUNCT . 4 punct
        """).claims();

    Claim role = claims.stream().filter(c -> c.kind() == ClaimKind.ROLE).findFirst().orElseThrow();
    assertThat(role.subject()).map(Argument::text).contains("Mikhail Bogdanov");
    assertThat(role.object()).map(Argument::text).contains("deputy foreign minister");
    assertThat(text(only(claims, "include"), Role.PATIENT)).isEqualTo("Mikhail Bogdanov");
  }

  @Test
  void titleBeforeNameGivesRoleClaim() {
    List<Claim> claims = Trees.sentence("""
        Russia PROPN Russia 5 nmod:poss
        's PART 's 1 case
        Deputy PROPN Deputy 5 compound
        Foreign PROPN Foreign 5 compound
        Minister PROPN Minister 6 compound
        Mikhail PROPN Mikhail 8 nsubj
        Bogdanov PROPN Bogdanov 6 flat
        received VERB receive 0 root
        Assad PROPN Assad 8 obj
        . PUNCT . 8 punct
        """).mention(MentionType.PERSON, 6, 7).claims();

    Claim role = claims.stream().filter(c -> c.kind() == ClaimKind.ROLE).findFirst().orElseThrow();
    assertThat(role.subject()).map(Argument::text).contains("Mikhail Bogdanov");
    // the fixture joins tokens with spaces, so the source text itself reads "Russia 's"
    assertThat(role.object()).map(Argument::text).contains("Russia 's Deputy Foreign Minister");
  }

  @Test
  void relativeClauseIsItsOwnClaimWithTheNounAsSubject() {
    List<Claim> claims = Trees.sentence("""
        Assad PROPN Assad 2 nsubj
        thanked VERB thank 0 root
        Russia PROPN Russia 2 obj
        after ADP after 6 case
        the DET the 6 det
        earthquake NOUN earthquake 2 obl
        that PRON that 8 nsubj
        struck VERB strike 6 acl:relcl
        Turkey PROPN Turkey 8 obj
        and CCONJ and 11 cc
        Syria PROPN Syria 9 conj
        on ADP on 13 case
        February PROPN February 8 obl
        6 NUM 6 13 nummod
        . PUNCT . 2 punct
        """).mention(MentionType.DATE, 13, 14).claims();

    Claim struck = only(claims, "strike");
    assertThat(text(struck, Role.AGENT)).isEqualTo("the earthquake");
    assertThat(text(struck, Role.PATIENT)).isEqualTo("Turkey and Syria");
    assertThat(text(struck, Role.TIME)).isEqualTo("February 6");
    Claim thanked = only(claims, "thank");
    assertThat(thanked.arguments()).extracting(Argument::text).contains("the earthquake")
        .noneMatch(t -> t.contains("struck"));
  }

  @Test
  void coordinatedVerbsShareTheirSubject() {
    List<Claim> claims = Trees.sentence("""
        Assad PROPN Assad 2 nsubj
        arrived VERB arrive 0 root
        in ADP in 4 case
        Moscow PROPN Moscow 2 obl
        and CCONJ and 6 cc
        met VERB meet 2 conj
        Putin PROPN Putin 6 obj
        . PUNCT . 2 punct
        """).mention(MentionType.PLACE, 4, 4).claims();

    assertThat(claims).hasSize(2);
    assertThat(text(only(claims, "arrive"), Role.PLACE)).isEqualTo("Moscow");
    Claim met = only(claims, "meet");
    assertThat(met.subject()).map(Argument::text).contains("Assad");
    assertThat(text(met, Role.PATIENT)).isEqualTo("Putin");
  }

  @Test
  void verbChainIsOnePredicateAndLightVerbFoldsItsEventNoun() {
    List<Claim> chain = Trees.sentence("""
        Russia PROPN Russia 2 nsubj
        agreed VERB agree 0 root
        to PART to 4 mark
        pay VERB pay 2 xcomp
        compensation NOUN compensation 4 obj
        . PUNCT . 2 punct
        """).claims();
    assertThat(chain).hasSize(1);
    assertThat(chain.get(0).predicate().text()).isEqualTo("agreed to pay");

    List<Claim> light = Trees.sentence("""
        Assad PROPN Assad 2 nsubj
        held VERB hold 0 root
        talks NOUN talk 2 obj
        with ADP with 5 case
        Putin PROPN Putin 2 obl
        . PUNCT . 2 punct
        """).claims();
    assertThat(light).hasSize(1);
    assertThat(light.get(0).predicate().text()).isEqualTo("held talks");
    assertThat(light.get(0).lemma()).isEqualTo("hold talk");
  }

  @Test
  void modalAuxiliaryAndFailureVerbSetModalityAndPolarity() {
    List<Claim> could = Trees.sentence("""
        Talks NOUN talk 3 nsubj
        could AUX could 3 aux
        restore VERB restore 0 root
        ties NOUN tie 3 obj
        . PUNCT . 3 punct
        """).claims();
    assertThat(could.get(0).modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(could.get(0).predicate().text()).isEqualTo("restore");

    List<Claim> failed = Trees.sentence("""
        They PRON they 3 nsubj
        have AUX have 3 aux
        failed VERB fail 0 root
        to PART to 5 mark
        implement VERB implement 3 xcomp
        the DET the 7 det
        agreement NOUN agreement 5 obj
        . PUNCT . 3 punct
        """).claims();
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(failed.get(0).lemma()).isEqualTo("implement");
  }

  @Test
  void everyClaimsEvidenceIsItsSentence() {
    var article = Trees.sentence("""
        Assad PROPN Assad 2 nsubj
        arrived VERB arrive 0 root
        . PUNCT . 2 punct
        """).article();
    List<Claim> claims = DependencyClaimExtractor.create().extract(article);
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.evidenceText()).isEqualTo(c.evidence().coveredText(article.text()));
      assertThat(c.id()).isEqualTo("t#1");
      assertThat(c.source()).isEqualTo("t");
    });
  }

  @Test
  void titleIsReadFromTheWordsBeforeAPersonsName() {
    List<Claim> claims = Trees.sentence("""
        Russian ADJ russian 2 amod
        President PROPN President 3 nmod
        Vladimir PROPN Vladimir 5 nsubj
        Putin PROPN Putin 3 flat
        met VERB meet 0 root
        Assad PROPN Assad 5 obj
        . PUNCT . 5 punct
        """).mention(MentionType.PERSON, 3, 4).claims();

    Claim role = claims.stream().filter(c -> c.kind() == ClaimKind.ROLE).findFirst().orElseThrow();
    assertThat(role.subject()).map(Argument::text).contains("Vladimir Putin");
    assertThat(role.object()).map(Argument::text).contains("Russian President");
  }

  @Test
  void eventNounSubjectOfAnOccurrenceVerbIsTheClaim() {
    List<Claim> claims = Trees.sentence("""
        The DET the 2 det
        meeting NOUN meeting 3 nsubj
        took VERB take 0 root
        place NOUN place 3 obj
        on ADP on 6 case
        Wednesday PROPN Wednesday 3 obl
        . PUNCT . 3 punct
        """).mention(MentionType.DATE, 6, 6).claims();

    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ClaimKind.NOMINAL);
      assertThat(c.lemma()).isEqualTo("meeting");
      assertThat(c.predicate().text()).isEqualTo("meeting took place");
      assertThat(text(c, Role.TIME)).isEqualTo("Wednesday");
      assertThat(c.subject()).isEmpty();
    });
  }

  @Test
  void adjectiveComplementJoinsThePredicate() {
    List<Claim> claims = Trees.sentence("""
        He PRON he 3 nsubj:pass
        was AUX be 3 aux:pass
        found VERB find 0 root
        dead ADJ dead 3 xcomp
        in ADP in 6 case
        prison NOUN prison 3 obl
        . PUNCT . 3 punct
        """).claims();

    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.predicate().text()).isEqualTo("was found dead");
      assertThat(c.lemma()).isEqualTo("find dead");
      assertThat(text(c, Role.PATIENT)).isEqualTo("He");
    });
  }

  @Test
  void trailingReportingClauseAttributesTheClauseBeforeIt() {
    List<Claim> claims = Trees.sentence("""
        Troops NOUN troop 2 nsubj
        left VERB leave 0 root
        the DET the 4 det
        city NOUN city 2 obj
        , PUNCT , 7 punct
        officials NOUN official 7 nsubj
        said VERB say 2 dep
        . PUNCT . 2 punct
        """).claims();
    assertThat(only(claims, "leave").speaker()).map(Argument::text).contains("officials");
  }

  @Test
  void coordinatedClauseWithAnObjectReportsNothing() {
    List<Claim> claims = Trees.sentence("""
        Russian ADJ Russian 2 amod
        fighters NOUN fighter 3 nsubj
        helped VERB help 0 root
        forces NOUN force 3 obj
        , PUNCT , 10 punct
        and CCONJ and 10 cc
        the DET the 9 det
        Russian ADJ Russian 9 amod
        military NOUN military 10 nsubj
        maintains VERB maintain 3 conj
        bases NOUN base 10 obj
        . PUNCT . 3 punct
        """).claims();
    assertThat(only(claims, "help").speaker()).isEmpty();
    assertThat(only(claims, "maintain").speaker()).isEmpty();
  }
  @Test
  void everyClaimWithinWhatIsReportedIsAttributed() {
    List<Claim> claims = Trees.sentence("""
        Reid PROPN Reid 2 nsubj
        told VERB tell 0 root
        People NOUN people 2 iobj
        she PRON she 7 nsubj
        was AUX be 7 cop
        a DET a 7 det
        drinker NOUN drinker 2 ccomp
        who PRON who 10 nsubj:pass
        is AUX be 10 aux:pass
        tempted VERB tempt 7 acl:relcl
        . PUNCT . 2 punct
        """).claims();
    assertThat(only(claims, "tempt").speaker()).map(Argument::text).contains("Reid");
  }

  @Test
  void aReportingVerbWithinTheReportSpeaksForItself() {
    List<Claim> claims = Trees.sentence("""
        Ali PROPN Ali 2 nsubj
        said VERB say 0 root
        Pinder PROPN Pinder 4 nsubj
        told VERB tell 2 ccomp
        him PRON he 4 iobj
        the DET the 7 det
        party NOUN party 8 nsubj
        moved VERB move 4 ccomp
        . PUNCT . 2 punct
        """).claims();
    assertThat(only(claims, "move").speaker()).map(Argument::text).contains("Pinder");
  }

  @Test
  void aPassiveReportingVerbWithAComplementOnlyHedges() {
    // "the team was believed to have offered": the team is what is reported on, not who speaks
    List<Claim> claims = Trees.sentence("""
        Shaikin PROPN Shaikin 2 nsubj
        says VERB say 0 root
        the DET the 4 det
        team NOUN team 6 nsubj:pass
        was AUX be 6 aux:pass
        believed VERB believe 2 ccomp
        to PART to 9 mark
        have AUX have 9 aux
        offered VERB offer 6 xcomp
        millions NOUN million 9 obj
        . PUNCT . 2 punct
        """).claims();
    assertThat(only(claims, "offer").speaker()).map(Argument::text).contains("Shaikin");
  }

  @Test
  void aQuoteIsAttributedWhereTheParserHungTheSpeakersTitleElsewhere() {
    List<Claim> claims = Trees.sentence("""
        " PUNCT " 5 punct
        Decisions NOUN decision 5 nsubj
        are AUX be 5 cop
        never ADV never 5 advmod
        easy ADJ easy 0 root
        , PUNCT , 5 punct
        " PUNCT " 5 punct
        team NOUN team 9 compound
        president NOUN president 5 obl
        Ed PROPN Ed 12 nsubj
        Stefanski PROPN Stefanski 10 flat
        said VERB say 5 conj
        . PUNCT . 12 punct
        """).claims();
    assertThat(only(claims, "easy").speaker()).map(Argument::text).contains("Ed Stefanski");
  }

  @Test
  void aClauseAfterAReportingVerbJoinedByNoConjunctionIsWhatItReports() {
    // "wrote [that] the offer was expected", parsed as two coordinated verbs
    List<Claim> reported = Trees.sentence("""
        Silverman PROPN Silverman 2 nsubj
        wrote VERB write 0 root
        the DET the 4 det
        offer NOUN offer 6 nsubj:pass
        was AUX be 6 aux:pass
        expected VERB expect 2 conj
        . PUNCT . 2 punct
        """).claims();
    assertThat(only(reported, "expect").speaker()).map(Argument::text).contains("Silverman");

    List<Claim> coordinated = Trees.sentence("""
        Police NOUN police 2 nsubj
        said VERB say 0 root
        nothing PRON nothing 2 obj
        and CCONJ and 7 cc
        the DET the 6 det
        suspect NOUN suspect 7 nsubj
        fled VERB flee 2 conj
        . PUNCT . 2 punct
        """).claims();
    assertThat(only(coordinated, "flee").speaker()).isEmpty();
  }

  @Test
  void aNameRightAfterAnInvertedReportingVerbIsItsSpeaker() {
    // the parser hung "Sgt. Marty Earley with the police department" on "said" as an oblique
    List<Claim> claims = Trees.sentence("""
        He PRON he 2 nsubj
        tried VERB try 0 root
        to PART to 4 mark
        help VERB help 2 xcomp
        her PRON her 4 obj
        , PUNCT , 2 punct
        " PUNCT " 8 punct
        said VERB say 2 parataxis
        Sgt. PROPN Sgt. 15 compound
        Marty PROPN Marty 9 flat
        Earley PROPN Earley 9 flat
        with ADP with 15 case
        the DET the 15 det
        police NOUN police 15 compound
        department NOUN department 8 obl
        . PUNCT . 2 punct
        """).claims();
    assertThat(only(claims, "help").speaker()).map(Argument::text).contains("Sgt. Marty Earley");
  }

  @Test
  void theNameAfterAVerbClosingAQuoteIsItsSpeakerWhateverTheParserMadeItsSubject() {
    // "... INS Sukanya intercepted three boats, " said Captain Manohar Nambiar": the parser made
    // the ship the subject of "said"
    List<Claim> claims = Trees.sentence("""
        INS PROPN INS 2 compound
        Sukanya PROPN Sukanya 8 nsubj
        intercepted VERB intercept 8 ccomp
        three NUM three 5 nummod
        boats NOUN boat 3 obj
        , PUNCT , 8 punct
        " PUNCT " 8 punct
        said VERB say 0 root
        Captain PROPN Captain 8 dep
        Manohar PROPN Manohar 9 flat
        Nambiar PROPN Nambiar 9 flat
        . PUNCT . 8 punct
        """).claims();
    assertThat(only(claims, "intercept").speaker()).map(Argument::text).contains("Captain Manohar Nambiar");
  }

  @Test
  void aNameAfterAVerbOfTellingThatClosesNoQuoteIsWhoIsTold() {
    // "Waxman — who heads the group — tells Wired that the deal changes nothing": Wired is told
    List<Claim> claims = Trees.sentence("""
        Waxman PROPN Waxman 3 dep
        — PUNCT — 3 punct
        tells VERB tell 0 root
        Wired PROPN Wired 3 nsubj
        that SCONJ that 8 mark
        the DET the 7 det
        deal NOUN deal 8 nsubj
        changes VERB change 3 ccomp
        nothing PRON nothing 8 obj
        . PUNCT . 3 punct
        """).claims();
    assertThat(only(claims, "change").speaker()).isEmpty();
  }

  @Test
  void anAgeSetOffAfterANameIsNoArgumentOfTheEvent() {
    // "20" is Kathryn Jenkin's age, which the parser hung on "murders"
    List<Claim> claims = Trees.sentence("""
        the DET the 2 det
        murders NOUN murder 0 root
        of ADP of 4 case
        Alice PROPN Alice 2 nmod
        McMeekin PROPN McMeekin 4 flat
        and CCONJ and 8 cc
        Kathryn PROPN Kathryn 8 compound
        Jenkin PROPN Jenkin 4 conj
        , PUNCT , 10 punct
        20 NUM 20 2 nmod
        . PUNCT . 2 punct
        """).mention(MentionType.NUMBER, 10, 10).claims();
    Claim murders = only(claims, "murder");
    assertThat(murders.arguments()).extracting(Argument::text).noneMatch(t -> t.contains("20"));
    assertThat(text(murders, Role.PATIENT)).contains("Alice McMeekin");
  }

  @Test
  void eventNounInAnAdjunctIsAClaimThatItHappened() {
    List<Claim> claims = Trees.sentence("""
        The DET the 2 det
        church NOUN church 4 nsubj:pass
        was AUX be 4 aux:pass
        damaged VERB damage 0 root
        in ADP in 8 case
        a DET a 8 det
        suspicious ADJ suspicious 8 amod
        fire NOUN fire 4 obl
        on ADP on 10 case
        Friday PROPN Friday 4 obl
        . PUNCT . 4 punct
        """).mention(MentionType.DATE, 10, 10).claims();

    Claim fire = only(claims, "fire");
    assertThat(fire.kind()).isEqualTo(ClaimKind.NOMINAL);
    assertThat(fire.predicate().text()).isEqualTo("fire");
    assertThat(fire.text()).isEqualTo("suspicious fire");
    assertThat(text(only(claims, "damage"), Role.PATIENT)).isEqualTo("The church");
  }

  @Test
  void aPossessiveDayIsTheEventsTimeAndACompoundNameItsPlace() {
    List<Claim> claims = Trees.sentence("""
        Rescuers NOUN rescuer 2 nsubj
        searched VERB search 0 root
        after ADP after 7 case
        Tuesday PROPN Tuesday 7 nmod:poss
        's PART 's 4 case
        Indonesia PROPN Indonesia 7 compound
        quake NOUN quake 2 obl
        . PUNCT . 2 punct
        """).mention(MentionType.DATE, 4, 4).mention(MentionType.PLACE, 6, 6).claims();

    Claim quake = only(claims, "quake");
    assertThat(quake.kind()).isEqualTo(ClaimKind.NOMINAL);
    assertThat(quake.predicate().text()).isEqualTo("quake");
    assertThat(text(quake, Role.TIME)).isEqualTo("Tuesday 's");
    assertThat(text(quake, Role.PLACE)).isEqualTo("Indonesia");
    assertThat(quake.argument(Role.AGENT)).isEmpty();
  }

  @Test
  void onlyParticularHappeningsInAdjunctsAreNominalClaims() {
    // as a subject the fire is stated by the claim it is the subject of
    assertThat(Trees.sentence("""
        The DET the 2 det
        fire NOUN fire 3 nsubj
        destroyed VERB destroy 0 root
        the DET the 5 det
        church NOUN church 3 obj
        . PUNCT . 3 punct
        """).claims()).extracting(Claim::lemma).containsExactly("destroy");
    // a film is an event noun by WordNet's counts (a showing), but not something that happens
    assertThat(Trees.sentence("""
        Fans NOUN fan 2 nsubj
        queued VERB queue 0 root
        for ADP for 5 case
        the DET the 5 det
        film NOUN film 2 obl
        . PUNCT . 2 punct
        """).claims()).extracting(Claim::lemma).containsExactly("queue");
    // a plural under a description is a kind of event, not particular ones
    assertThat(Trees.sentence("""
        Iran PROPN Iran 3 nsubj:pass
        is AUX be 3 aux:pass
        struck VERB strike 0 root
        by ADP by 6 case
        damaging ADJ damaging 6 amod
        quakes NOUN quake 3 obl
        . PUNCT . 3 punct
        """).claims()).extracting(Claim::lemma).containsExactly("strike");
  }
}
