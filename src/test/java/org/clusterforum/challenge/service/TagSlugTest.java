package org.clusterforum.challenge.service;

import org.clusterforum.platform.validation.Texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Texts#slug}: a tag's address from its name. */
class TagSlugTest {

    @Test
    void wordsAreLowerCasedAndJoinedByHyphens() {
        assertEquals("ukca-marking", Texts.slug("UKCA marking"));
        assertEquals("iso-13485", Texts.slug("ISO 13485"));
    }

    @Test
    void punctuationAndRunsOfSeparatorsBecomeOneHyphen() {
        assertEquals("clinical-safety-dcb0129-0160", Texts.slug("Clinical safety (DCB0129/0160)"));
        assertEquals("eu-mdr-and-ivdr", Texts.slug("EU MDR   and --- IVDR"));
        assertEquals("ai-ml", Texts.slug("AI & ML"));
        assertEquals("interoperability-and-fhir", Texts.slug("Interoperability_and_FHIR"));
    }

    @Test
    void noHyphenAtEitherEnd() {
        assertEquals("nhs-procurement", Texts.slug("  -- NHS procurement! -- "));
        assertEquals("dtac", Texts.slug("(DTAC)"));
    }

    @Test
    void accentsAreDroppedAndCompatibilityCharactersFolded() {
        assertEquals("evaluation-des-donnees", Texts.slug("Évaluation des données"));
        assertEquals("naive-cafe", Texts.slug("naïve café"));
        assertEquals("file", Texts.slug("\uFB01le"), "the fi ligature becomes f and i");
        assertEquals("co2", Texts.slug("CO\u2082"), "a subscript digit becomes a digit");
    }

    @Test
    void aNameWithoutLettersOrDigitsHasNoSlug() {
        assertEquals("", Texts.slug(""));
        assertEquals("", Texts.slug("   "));
        assertEquals("", Texts.slug("?!&/"));
        assertEquals("", Texts.slug("日本語"), "non-Latin letters are dropped: the caller refuses the name");
    }

    @Test
    void theSlugIsStableWhenAppliedAgain() {
        String slug = Texts.slug("Usability & Human Factors (IEC 62366)");
        assertEquals("usability-human-factors-iec-62366", slug);
        assertEquals(slug, Texts.slug(slug));
    }

    @Test
    void seededTaxonomySlugsAreAlreadyInSlugForm() {
        for (String[] tag : TaxonomySeed.TAXONOMY) {
            assertEquals(tag[0], Texts.slug(tag[0]), tag[0]);
            assertTrue(tag[0].length() <= org.clusterforum.challenge.model.Tag.MAX_SLUG, tag[0]);
        }
    }

    @Test
    void lettersWithoutAnAccentFreeFormAreSpelledOut() {
        assertEquals("strassenbau", Texts.slug("Straßenbau"));
        assertEquals("oresund-medtech", Texts.slug("Øresund medtech"));
        assertEquals("lodz-aerospace", Texts.slug("Łódź Aerospace"));
        assertEquals("aesculap", Texts.slug("Æsculap"));
    }
}
