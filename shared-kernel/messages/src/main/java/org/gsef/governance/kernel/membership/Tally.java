package org.gsef.governance.kernel.membership;

/** Votes counted on an admission. */
public record Tally(int yes, int no, int abstain) {

    public static final Tally EMPTY = new Tally(0, 0, 0);

    public Tally {
        if (yes < 0 || no < 0 || abstain < 0) {
            throw new IllegalArgumentException("a tally cannot be negative");
        }
    }

    public Tally plus(VoteChoice choice) {
        return switch (choice) {
            case YES -> new Tally(yes + 1, no, abstain);
            case NO -> new Tally(yes, no + 1, abstain);
            case ABSTAIN -> new Tally(yes, no, abstain + 1);
        };
    }

    public int cast() {
        return yes + no + abstain;
    }
}
