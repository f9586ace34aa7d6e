package com.annexcloud.sdk.bridge;

/**
 * A running sync lost its job's lease: it was not renewed in time and another run took the job over. The
 * run stops before writing its next checkpoint; the run that holds the lease now goes on from the last one.
 */
public class LeaseLostException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String jobName;

    /** Creates the exception for the job whose lease was lost. */
    public LeaseLostException(String jobName, String detail) {
        super("lost the lease on job " + jobName + ": " + detail);
        this.jobName = jobName;
    }

    /** The job whose lease was lost. */
    public String jobName() {
        return jobName;
    }
}
