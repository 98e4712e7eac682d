package org.clusterforum.challenge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link TagService#slugOf}: a tag's address from its name. */
class TagSlugTest {

    @Test
    void wordsAreLowerCasedAndJoinedByHyphens() {
        assertEquals("ukca-marking", TagService.slugOf("UKCA marking"));
        assertEquals("iso-13485", TagService.slugOf("ISO 13485"));
    }

    @Test
    void punctuationAndRunsOfSeparatorsBecomeOneHyphen() {
        assertEquals("clinical-safety-dcb0129-0160", TagService.slugOf("Clinical safety (DCB0129/0160)"));
        assertEquals("eu-mdr-and-ivdr", TagService.slugOf("EU MDR   and --- IVDR"));
        assertEquals("ai-ml", TagService.slugOf("AI & ML"));
        assertEquals("interoperability-and-fhir", TagService.slugOf("Interoperability_and_FHIR"));
    }

    @Test
    void noHyphenAtEitherEnd() {
        assertEquals("nhs-procurement", TagService.slugOf("  -- NHS procurement! -- "));
        assertEquals("dtac", TagService.slugOf("(DTAC)"));
    }

    @Test
    void accentsAreDroppedAndCompatibilityCharactersFolded() {
        assertEquals("evaluation-des-donnees", TagService.slugOf("Évaluation des données"));
        assertEquals("naive-cafe", TagService.slugOf("naïve café"));
        assertEquals("file", TagService.slugOf("\uFB01le"), "the fi ligature becomes f and i");
        assertEquals("co2", TagService.slugOf("CO\u2082"), "a subscript digit becomes a digit");
    }

    @Test
    void aNameWithoutLettersOrDigitsHasNoSlug() {
        assertEquals("", TagService.slugOf(""));
        assertEquals("", TagService.slugOf("   "));
        assertEquals("", TagService.slugOf("?!&/"));
        assertEquals("", TagService.slugOf("日本語"), "non-Latin letters are dropped: the caller refuses the name");
    }

    @Test
    void theSlugIsStableWhenAppliedAgain() {
        String slug = TagService.slugOf("Usability & Human Factors (IEC 62366)");
        assertEquals("usability-human-factors-iec-62366", slug);
        assertEquals(slug, TagService.slugOf(slug));
    }

    @Test
    void seededTaxonomySlugsAreAlreadyInSlugForm() {
        for (String[] tag : TaxonomySeed.TAXONOMY) {
            assertEquals(tag[0], TagService.slugOf(tag[0]), tag[0]);
            assertTrue(tag[0].length() <= org.clusterforum.challenge.model.Tag.MAX_SLUG, tag[0]);
        }
    }

    @Test
    void lettersWithoutAnAccentFreeFormAreSpelledOut() {
        assertEquals("strassenbau", TagService.slugOf("Straßenbau"));
        assertEquals("oresund-medtech", TagService.slugOf("Øresund medtech"));
        assertEquals("lodz-aerospace", TagService.slugOf("Łódź Aerospace"));
        assertEquals("aesculap", TagService.slugOf("Æsculap"));
    }
}
