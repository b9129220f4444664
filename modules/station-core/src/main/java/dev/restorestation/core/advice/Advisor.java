package dev.restorestation.core.advice;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;

/** Port: turns a diagnosed failure into ordered advice, learned from this shop's history. */
public interface Advisor {

    /**
     * @param productType the device model, or null; some fixes apply to some models only
     * @param ecid        the device, or null; repeated failures on one device may escalate
     */
    Advice advise(Diagnosis diagnosis, String productType, Ecid ecid);
}
