package org.gsef.governance.kernel.committee;

/** Why an organisation holds a voting seat on the Steering Committee. */
public enum SeatOffice {
    CHAIR,
    CO_CHAIR,
    VICE_CHAIR,
    INTERNATIONAL_NETWORK,
    REGIONAL_NETWORK
}
