package org.pledgegraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pledgegraph.read.SourceReader;

/** Extraction runs are named by the build, so a rebuilt extractor re-extracts files serve would skip. */
class PipelineBuildTest {
    @Test
    void theBuildCarriesVersionAndBuildTime() {
        assertTrue(Pipeline.BUILD.matches("\\Q" + Pipeline.VERSION + "\\E\\+\\d{8}T\\d{6}Z"), Pipeline.BUILD);
    }

    @Test
    void theRunIriNamesTheBuildAndTheText() {
        String run = Pipeline.runIri(SourceReader.read(Seeds.SEED, null));
        assertTrue(run.contains("/run/" + Pipeline.BUILD + "-"), run);
    }
}
