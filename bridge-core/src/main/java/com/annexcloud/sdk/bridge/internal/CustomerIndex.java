package com.annexcloud.sdk.bridge.internal;

import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.gorgias.Customers;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.gorgias.model.CustomerOrder;
import com.annexcloud.sdk.gorgias.model.CustomerPage;
import com.annexcloud.sdk.gorgias.model.ListCustomers;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Gorgias customers by email, paged in the background while a sync works, at one request per
 * {@value #PAGE_SIZE} customers. Paging costs are weighed against the alternative, one lookup per member:
 * the index may spend fewer pages than the members read so far, so a small input against a huge account
 * pages only as much as its lookups would have cost, and then looks members up (at most twice the cheaper
 * choice's requests, and the pages spent still answer for the customers they held). Pages are read oldest
 * customer first: a member found on a page is settled at once, and on a re-run the customers an earlier run
 * created from the same input come in the input's order, so the work never waits for the whole account
 * (Gorgias's default order is newest first). Only each customer's id and the hash of the card its data held
 * are kept (a few dozen bytes a customer, whatever else the data holds): the data itself is read afresh
 * before a write, so minutes-old data is never written back over other apps' keys. If paging stops for any
 * reason (a Gorgias error, a bug), the index says it cannot tell and members are looked up. Thread-safe.
 */
final class CustomerIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerIndex.class);
    static final int PAGE_SIZE = 100;

    private final Customers customers;
    private final Map<String, Entry> byEmail = new HashMap<>();
    private long membersRead;
    private boolean inputEnded;
    private int pages;
    private boolean complete;
    private boolean stopped;
    private boolean closed;

    /** What the index knows of a customer: its id and the hash of the card in its data ("" for none). */
    record Entry(long id, String cardHash) {
        static Entry of(Customer customer) {
            return new Entry(customer.id(), LoyaltyData.cardHash(customer.data()));
        }
    }

    CustomerIndex(Customers customers) {
        this.customers = customers;
    }

    /** Starts paging on {@code pager}. */
    void start(ExecutorService pager) {
        pager.execute(this::page);
    }

    /** Counts member ids read from the input: each one raises what the index may spend. */
    synchronized void membersRead(long more, boolean ended) {
        membersRead += more;
        inputEnded = ended;
        notifyAll();
    }

    /**
     * The customer with this email: present when indexed, empty when the index is complete and has none, and
     * {@code null} when the index cannot tell (it may not page further yet, or paging stopped): look it up.
     */
    synchronized Optional<Entry> find(String email) throws InterruptedException {
        String key = EmailAddress.key(email);
        while (true) {
            Entry found = byEmail.get(key);
            if (found != null) {
                return Optional.of(found);
            }
            if (complete) {
                return Optional.empty();
            }
            if (stopped || closed || !mayPage()) {
                return null;
            }
            wait();
        }
    }

    /** Records a customer the sync created or wrote, so later members see it. */
    synchronized void remember(String email, Customer customer) {
        byEmail.put(EmailAddress.key(email), Entry.of(customer));
    }

    /** Whether another page costs less than the lookups it can save: fewer pages than members read. */
    private boolean mayPage() {
        return pages + 1 < membersRead;
    }

    private void page() {
        Optional<String> cursor = Optional.empty();
        try {
            while (true) {
                synchronized (this) {
                    while (!closed && !mayPage()) {
                        if (inputEnded) {
                            notifyAll();
                            return;
                        }
                        wait();
                    }
                    if (closed) {
                        return;
                    }
                }
                CustomerPage page = customers.listPage(ListCustomers.builder().limit(PAGE_SIZE)
                        .orderBy(CustomerOrder.CREATED_ASC).cursor(cursor).build());
                cursor = page.nextCursor();
                synchronized (this) {
                    for (Customer customer : page.data()) {
                        customer.email().filter(EmailAddress::isValid)
                                .ifPresent(email -> byEmail.putIfAbsent(EmailAddress.key(email), Entry.of(customer)));
                    }
                    pages++;
                    complete = cursor.isEmpty();
                    notifyAll();
                    if (complete) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SdkException e) {
            LOG.debug("indexing Gorgias customers failed after {} page(s); members are looked up instead: {}", pages,
                    e.getClass().getSimpleName());
        } finally {
            synchronized (this) {
                // however paging ended (an error of any kind included), a waiting find must not wait forever
                stopped = !complete;
                notifyAll();
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
