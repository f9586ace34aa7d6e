/**
 * Spring Boot 3 auto-configuration of the Annex Cloud ⇄ Gorgias SDK: both clients, the loyalty bridge, the
 * widget endpoint servlet, a health indicator and Micrometer observations; see {@code docs/spring-boot.md}.
 */
package com.annexcloud.sdk.spring.boot;
