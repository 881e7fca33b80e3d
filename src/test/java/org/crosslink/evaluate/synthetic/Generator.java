package org.crosslink.evaluate.synthetic;

import java.util.List;
import java.util.Random;

/** Makes the reports of one shape: {@code size} is the shape's unit (records, or reports for multi-person shapes). */
interface Generator {
    List<SyntheticReport> generate(int size, Random rng);
}
