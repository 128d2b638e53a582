package org.gsef.governance.kernel.committee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fewest yes votes that carry each majority, against the rule's own words, for every count of up to 15 seats. */
class MajorityRuleTest {

    @Test
    void the_yes_votes_needed_are_exactly_those_that_carry_each_majority() {
        for (int entitled = 1; entitled <= 15; entitled++) {
            for (int no = 0; no <= entitled; no++) {
                for (int yes = 0; yes + no <= entitled; yes++) {
                    assertThat(yes >= MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST.yesNeeded(entitled, no))
                            .as("more yes than no: %d yes, %d no", yes, no)
                            .isEqualTo(yes > no);
                    assertThat(yes >= MajorityRule.ABSOLUTE_MAJORITY_OF_VOTING_SEATS.yesNeeded(entitled, no))
                            .as("yes from more than half of %d seats: %d yes", entitled, yes)
                            .isEqualTo(2 * yes > entitled);
                    assertThat(yes >= MajorityRule.TWO_THIRDS_OF_VOTES_CAST.yesNeeded(entitled, no))
                            .as("two thirds of the yes and no votes: %d yes, %d no", yes, no)
                            .isEqualTo(yes > 0 && 3 * yes >= 2 * (yes + no));
                }
            }
        }
    }

    @Test
    void one_yes_out_of_twelve_seats_is_far_from_an_absolute_majority() {
        assertThat(MajorityRule.ABSOLUTE_MAJORITY_OF_VOTING_SEATS.yesNeeded(12, 0))
                .isEqualTo(7);
        assertThat(MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST.yesNeeded(12, 3)).isEqualTo(4);
        assertThat(MajorityRule.TWO_THIRDS_OF_VOTES_CAST.yesNeeded(12, 0)).isEqualTo(1);
    }
}
