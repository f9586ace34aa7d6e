/**
 * The Gorgias values the client sends and receives: {@link com.annexcloud.sdk.gorgias.model.Customer}
 * and its {@link com.annexcloud.sdk.gorgias.model.Channel}s, the requests {@link
 * com.annexcloud.sdk.gorgias.model.CreateCustomer}, {@link com.annexcloud.sdk.gorgias.model.UpdateCustomer}
 * and {@link com.annexcloud.sdk.gorgias.model.ListCustomers}, and one {@link
 * com.annexcloud.sdk.gorgias.model.CustomerPage} of a listing; {@link
 * com.annexcloud.sdk.gorgias.model.Integration} with its {@link com.annexcloud.sdk.gorgias.model.HttpSettings}
 * and {@link com.annexcloud.sdk.gorgias.model.CreateIntegration}; {@link
 * com.annexcloud.sdk.gorgias.model.Widget} and {@link com.annexcloud.sdk.gorgias.model.CreateWidget}; {@link
 * com.annexcloud.sdk.gorgias.model.Macro} with its {@link com.annexcloud.sdk.gorgias.model.MacroAction}s and {@link
 * com.annexcloud.sdk.gorgias.model.CreateMacro}; {@link com.annexcloud.sdk.gorgias.model.Ticket} with its {@link
 * com.annexcloud.sdk.gorgias.model.Tag}s, {@link com.annexcloud.sdk.gorgias.model.TicketPriority} and {@link
 * com.annexcloud.sdk.gorgias.model.TicketStatus}. All are immutable, built with
 * {@code builder()}, and use Gorgias's snake_case JSON names; unknown response fields are kept in
 * {@code additionalProperties()}.
 */
@SdkStyle
package com.annexcloud.sdk.gorgias.model;

import com.annexcloud.sdk.core.internal.SdkStyle;
