package com.annexcloud.sdk.gorgias.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes datetimes the way Gorgias does: UTC, microseconds, {@code +00:00} ({@code 2021-11-15T11:25:12.580565+00:00}). */
public final class GorgiasDateTimes {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private GorgiasDateTimes() {
    }

    /** The Gorgias text of an instant, converted to UTC. */
    public static String format(OffsetDateTime value) {
        return FORMAT.format(value.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The Jackson serializer the models put on their datetime attributes. */
    public static final class Serializer extends StdSerializer<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer (Jackson calls this). */
        public Serializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(format(value));
        }
    }
}
