package io.hotline.intake.duplicate;

import java.util.List;

/**
 * A recent order like the probe: the cosine of their words' weights (0 to 1), whether it
 * came from the same caller or the same place, and the words they share.
 */
record Match(Indexed order, double score, boolean sameCaller, boolean samePlace, List<String> sharedWords) {

}
