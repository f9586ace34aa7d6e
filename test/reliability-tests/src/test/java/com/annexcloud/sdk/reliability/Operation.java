package com.annexcloud.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.gorgias.model.CreateCustomer;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.loyalty.model.CreateUser;
import com.annexcloud.sdk.loyalty.model.PointsResult;
import com.annexcloud.sdk.sandbox.SandboxCustomer;
import com.annexcloud.sdk.sandbox.SandboxMember;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * One operation of the matrix: what it calls, which request a fault hits, how the SDK may repeat it, and
 * what the sandbox must hold afterwards: nothing duplicated, nothing lost.
 */
enum Operation {
    /** The bridge's card for a member: user, points and tier, read concurrently; the user call is faulted. */
    LOOKUP(new Target(Target.Api.ANNEX_CLOUD, "GET", "/users/[^/]+"), Repeat.RETRIED, 1) {
        @Override
        Object run(FaultBench bench) {
            return bench.bridge.lookup(MEMBER);
        }

        @Override
        void assertState(FaultBench bench, boolean succeeded, boolean mayLandLate) {
            assertThat(member(bench).availablePoints().longValueExact()).isEqualTo(MEMBER_POINTS);
        }

        @Override
        void assertResult(FaultBench bench, Object result) {
            LoyaltyCard card = (LoyaltyCard) result;
            assertThat(card.member()).isTrue();
            assertThat(card.points().orElseThrow().available()).contains(java.math.BigDecimal.valueOf(MEMBER_POINTS));
        }
    },
    /** Enrolling a new loyalty member ({@code POST /users}): never retried. */
    ENROLMENT(new Target(Target.Api.ANNEX_CLOUD, "POST", "/users"), Repeat.NEVER, 1) {
        @Override
        Object run(FaultBench bench) {
            return bench.annex.users().create(CreateUser.builder().id(NEW_EMAIL).email(NEW_EMAIL).firstName("New").build());
        }

        @Override
        void assertState(FaultBench bench, boolean succeeded, boolean mayLandLate) {
            boolean exists = bench.sandbox.annexCloud().member(NEW_EMAIL).isPresent();
            if (succeeded) {
                assertThat(exists).as("member created").isTrue();
            } else if (!mayLandLate) {
                assertThat(exists).as("member created although the call failed").isFalse();
            }
            assertThat(bench.sandbox.annexCloud().memberCount()).isBetween(bench.initialMembers, bench.initialMembers + 1);
        }
    },
    /** Awarding points with an idempotency key: retried, the server deduplicates the key. */
    AWARD_WITH_KEY(new Target(Target.Api.ANNEX_CLOUD, "POST", "/points"), Repeat.RETRIED, 1) {
        @Override
        Object run(FaultBench bench) {
            return bench.annex.points().award(award().idempotencyKey("ticket-4711").build());
        }

        @Override
        void assertState(FaultBench bench, boolean succeeded, boolean mayLandLate) {
            assertCredited(bench, succeeded, mayLandLate);
        }

        @Override
        void assertResult(FaultBench bench, Object result) {
            PointsResult points = (PointsResult) result;
            if (!points.alreadyApplied()) {
                assertThat(points.updatedAvailablePoints()).contains(java.math.BigDecimal.valueOf(MEMBER_POINTS + CREDIT));
            }
        }
    },
    /** Awarding points without a key: sent exactly once, whatever happens. */
    AWARD_WITHOUT_KEY(new Target(Target.Api.ANNEX_CLOUD, "POST", "/points"), Repeat.NEVER, 1) {
        @Override
        Object run(FaultBench bench) {
            return bench.annex.points().award(award().build());
        }

        @Override
        void assertState(FaultBench bench, boolean succeeded, boolean mayLandLate) {
            assertCredited(bench, succeeded, mayLandLate);
        }
    },
    /** Creating a Gorgias customer with an email: repeated only after a lookup by email finds nothing. */
    CUSTOMER_CREATE(new Target(Target.Api.GORGIAS, "POST", "/customers"), Repeat.AFTER_EMAIL_CHECK, 1) {
        @Override
        Object run(FaultBench bench) {
            return bench.gorgias.customers().create(CreateCustomer.builder().email(NEW_EMAIL).name("New Customer").build());
        }

        @Override
        void assertState(FaultBench bench, boolean succeeded, boolean mayLandLate) {
            long withEmail = bench.sandbox.gorgias().customers().stream()
                    .filter(c -> c.email().filter(NEW_EMAIL::equalsIgnoreCase).isPresent()).count();
            assertThat(withEmail).as("customers with the new email").isEqualTo(succeeded ? 1 : 0);
        }

        @Override
        void assertResult(FaultBench bench, Object result) {
            assertThat(((Customer) result).email()).contains(NEW_EMAIL);
        }
    },
    /** Writing a customer's data ({@code PUT /customers/{id}/data}): retried, the write replaces. */
    DATA_WRITE(new Target(Target.Api.GORGIAS, "PUT", "/customers/[0-9]+/data"), Repeat.RETRIED, 1) {
        @Override
        Object run(FaultBench bench) {
            return bench.gorgias.customers().setData(customerId(bench), DATA);
        }

        @Override
        void assertState(FaultBench bench, boolean succeeded, boolean mayLandLate) {
            SandboxCustomer customer = bench.sandbox.gorgias().customerByEmail(MEMBER).orElseThrow();
            if (succeeded) {
                assertThat(customer.data()).contains(DATA);
            } else if (!mayLandLate) {
                assertThat(customer.data()).isEmpty();
            }
            assertThat(bench.sandbox.gorgias().customers()).hasSize(bench.initialCustomers);
        }
    },
    /** Fetching every customer page by page ({@code GET /customers}, 10 a page): the first page is faulted. */
    PAGE_FETCH(new Target(Target.Api.GORGIAS, "GET", "/customers"), Repeat.RETRIED, 4) {
        @Override
        Object run(FaultBench bench) {
            return bench.gorgias.customers().list(ListCustomers.builder().limit(10).build()).stream().toList();
        }

        @Override
        void assertState(FaultBench bench, boolean succeeded, boolean mayLandLate) {
            assertThat(bench.sandbox.gorgias().customers()).hasSize(bench.initialCustomers);
        }

        @Override
        @SuppressWarnings("unchecked")
        void assertResult(FaultBench bench, Object result) {
            List<Customer> listed = (List<Customer>) result;
            assertThat(listed).extracting(Customer::id).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(bench.sandbox.gorgias().customers().stream()
                            .map(c -> c.id().orElseThrow()).toList());
        }
    };

    static final String MEMBER = "john.doe@example.com";
    static final String NEW_EMAIL = "new.person@example.com";
    static final long MEMBER_POINTS = 6656;
    static final long CREDIT = 50;
    static final JsonNode DATA = JsonNodeFactory.instance.objectNode().set("loyalty",
            JsonNodeFactory.instance.objectNode().put("points", 6656).put("tier", "Silver"));

    /** How the SDK may repeat an operation after a failed attempt. */
    enum Repeat {
        /** Retried on I/O failures, time-outs and retryable statuses. */
        RETRIED,
        /** Repeated after a failure without a usable answer, once a lookup by email found nothing. */
        AFTER_EMAIL_CHECK,
        /** Sent exactly once. */
        NEVER
    }

    final Target target;
    final Repeat repeat;
    /** The requests to the target a fault-free run makes. */
    final int normalAttempts;

    Operation(Target target, Repeat repeat, int normalAttempts) {
        this.target = target;
        this.repeat = repeat;
        this.normalAttempts = normalAttempts;
    }

    /** Runs the operation; returns its result. */
    abstract Object run(FaultBench bench);

    /**
     * Checks the sandbox after the run: what succeeded is there exactly once; what failed is not there,
     * unless {@code mayLandLate} (a held request the client gave up on may still be applied, once).
     */
    abstract void assertState(FaultBench bench, boolean succeeded, boolean mayLandLate);

    /** Checks the result of a run that succeeded. */
    void assertResult(FaultBench bench, Object result) {
        assertThat(result).isNotNull();
    }

    private static AwardPoints.Builder award() {
        return AwardPoints.builder().memberId(MEMBER).credit(CREDIT).reason("goodwill");
    }

    private static SandboxMember member(FaultBench bench) {
        return bench.sandbox.annexCloud().member(MEMBER).orElseThrow();
    }

    private static long customerId(FaultBench bench) {
        return bench.sandbox.gorgias().customerByEmail(MEMBER).orElseThrow().id().orElseThrow();
    }

    private static void assertCredited(FaultBench bench, boolean succeeded, boolean mayLandLate) {
        long available = member(bench).availablePoints().longValueExact();
        if (succeeded) {
            assertThat(available).as("points credited exactly once").isEqualTo(MEMBER_POINTS + CREDIT);
        } else if (mayLandLate) {
            assertThat(available).as("points credited at most once").isIn(MEMBER_POINTS, MEMBER_POINTS + CREDIT);
        } else {
            assertThat(available).as("points credited although the call failed").isEqualTo(MEMBER_POINTS);
        }
    }
}
