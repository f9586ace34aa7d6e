package com.annexcloud.sdk.bridge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.core.internal.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Leaf types and paths the installer's own template does not use, on a template in Gorgias's published shape. */
class SidebarHtmlTest {
    // The wrapper/card/text shape of developers.gorgias.com "The Widget object" (its example template), extended
    // with the url and boolean leaf types and a nested path.
    private static final SidebarHtml LAYOUT = new SidebarHtml(read("""
            {"type":"wrapper","widgets":[{"type":"card","path":"account_info","title":"Account Info","widgets":[
              {"type":"text","path":"account_id","title":"Account ID"},
              {"type":"url","path":"profile","title":"Profile"},
              {"type":"boolean","path":"vip","title":"VIP"},
              {"type":"points","path":"balance","title":"Balance"},
              {"type":"date","path":"since","title":"Since"},
              {"type":"text","path":"_secret","title":"Hidden"},
              {"type":"text","path":"address.city","title":"City"},
              {"type":"text","path":"address._internal","title":"Internal"},
              {"type":"text","path":"tags","title":"Tags"}]}]}
            """));

    private static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCardReadsTheObjectAtItsPathAndLeavesByType() {
        String html = LAYOUT.render(read("""
                {"account_info":{"account_id":"A-1","profile":"https://crm.example.com/a/1","vip":"true","balance":"1234567.50",
                 "since":"2018-04-01T00:00:00-0700","_secret":"s3cr3t","address":{"city":"Lyon","_internal":"x"},
                 "tags":["a","b"]}}
                """));

        assertThat(html).contains("data-path=\"account_info\"", ">Account Info</h2>",
                        ">Account ID</span><span class=\"gs-value\">A-1</span>",
                        "<a class=\"gs-value\" href=\"https://crm.example.com/a/1\" target=\"_blank\" rel=\"noopener noreferrer\">",
                        ">VIP</span><span class=\"gs-value\">Yes</span>",
                        ">Balance</span><span class=\"gs-value gs-points\">1,234,567.5</span>",
                        ">Since</span><span class=\"gs-value\">Apr 1, 2018</span>",
                        "data-path=\"account_info.address.city\"", ">Lyon</span>")
                .doesNotContain("s3cr3t", ">Hidden<", ">Internal<", ">Tags<");
    }

    @Test
    void onlyWebLinksBecomeLinksAndUnreadableFiguresStayText() {
        String html = LAYOUT.render(read("""
                {"account_info":{"profile":"javascript:alert(1)","balance":"lots","since":"soon","vip":false}}
                """));

        assertThat(html).doesNotContain("<a ")
                .contains(">Profile</span><span class=\"gs-value\">javascript:alert(1)</span>",
                        ">Balance</span><span class=\"gs-value\">lots</span>",
                        ">Since</span><span class=\"gs-value\">soon</span>",
                        ">VIP</span><span class=\"gs-value\">No</span>");
    }

    @Test
    void aCardWhoseDataIsMissingOrNotAnObjectIsLeftOut() {
        assertThat(LAYOUT.render(read("{}"))).isEqualTo("<div class=\"gs-sidebar\"></div>");
        assertThat(LAYOUT.render(read("{\"account_info\":[1,2]}"))).isEqualTo("<div class=\"gs-sidebar\"></div>");
    }
}
