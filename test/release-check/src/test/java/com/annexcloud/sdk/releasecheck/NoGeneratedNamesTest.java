package com.annexcloud.sdk.releasecheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.annexcloud.sdk.bridge.LoyaltyBridge;
import com.annexcloud.sdk.bridge.jdbc.JdbcCheckpointStore;
import com.annexcloud.sdk.bridge.model.LoyaltyCard;
import com.annexcloud.sdk.bridge.servlet.LoyaltyWidgetServlet;
import com.annexcloud.sdk.core.SdkException;
import com.annexcloud.sdk.gorgias.GorgiasClient;
import com.annexcloud.sdk.gorgias.model.Customer;
import com.annexcloud.sdk.loyalty.AnnexCloudClient;
import com.annexcloud.sdk.loyalty.model.AwardPoints;
import com.annexcloud.sdk.sandbox.Sandbox;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published API never names a generated {@code Immutable…} class: every public or protected method and
 * constructor of every public type in the published modules' exported packages (sdk-core, both clients,
 * bridge-core, bridge-jdbc, bridge-servlet, sandbox; not the Spring Boot starter, whose public types are Spring
 * configuration and properties) takes and returns types a user can name without them. The generated classes
 * themselves are public (Jackson builds them) but appear in no signature.
 */
class NoGeneratedNamesTest {
    private static final List<Class<?>> MODULE_ANCHORS = List.of(SdkException.class, AnnexCloudClient.class,
            GorgiasClient.class, LoyaltyBridge.class, Sandbox.class, JdbcCheckpointStore.class,
            LoyaltyWidgetServlet.class);

    @Test
    void noPublicSignatureNamesAGeneratedClass() throws Exception {
        List<Class<?>> types = publishedTypes();
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : types) {
            List<Executable> members = new ArrayList<>(List.of(type.getMethods()));
            members.addAll(List.of(type.getDeclaredMethods()));
            members.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable member : members) {
                if (visible(member)) {
                    signatureTypes(member).filter(NoGeneratedNamesTest::generated)
                            .forEach(leak -> leaks.add(type.getName() + "." + member.getName() + ": " + leak));
                }
            }
        }

        assertThat(types).as("the scan reaches every module, models and their builders included")
                .contains(SdkException.class, AwardPoints.Builder.class, Customer.Builder.class,
                        LoyaltyCard.Builder.class, Sandbox.class, JdbcCheckpointStore.class, LoyaltyWidgetServlet.class).hasSizeGreaterThan(100);
        assertThat(leaks).isEmpty();
    }

    @Test
    void buildersBuildTheAbstractTypes() throws Exception {
        assertThat(AwardPoints.Builder.class.getMethod("build").getReturnType()).isEqualTo(AwardPoints.class);
        assertThat(AwardPoints.Builder.class.getMethod("credit", long.class).getReturnType())
                .isEqualTo(AwardPoints.Builder.class);
        assertThat(AwardPoints.builder()).isInstanceOf(AwardPoints.Builder.class);
    }

    private static boolean visible(Executable member) {
        int modifiers = member.getModifiers();
        return (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && !member.isSynthetic()
                && !(member instanceof Method && ((Method) member).isBridge())
                && member.getDeclaringClass() != Object.class;
    }

    private static Stream<String> signatureTypes(Executable member) {
        Stream<Type> parameters = Stream.of(member.getGenericParameterTypes());
        Stream<Type> all = member instanceof Method
                ? Stream.concat(Stream.of(((Method) member).getGenericReturnType()), parameters) : parameters;
        return all.map(Type::getTypeName);
    }

    /** A type name naming a generated implementation, also inside generics ({@code List<ImmutableX>}). */
    private static boolean generated(String typeName) {
        return typeName.matches("(?s).*(^|[.$<, ])Immutable[A-Z].*");
    }

    private static List<Class<?>> publishedTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> anchor : MODULE_ANCHORS) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                collect(location, types);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location)) {
                    collect(jar.getPath("/"), types);
                }
            }
        }
        return types;
    }

    private static void collect(Path root, List<Class<?>> types) throws IOException, ClassNotFoundException {
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".class") && !name.endsWith("-info.class")
                            && !name.startsWith("META-INF/") && !name.contains("/internal/"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
        for (String name : names) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (simple.startsWith("Immutable")) {
                continue; // the generated implementation itself (and its nested builder)
            }
            Class<?> type = Class.forName(name, false, NoGeneratedNamesTest.class.getClassLoader());
            if (publiclyReachable(type)) {
                types.add(type);
            }
        }
    }

    private static boolean publiclyReachable(Class<?> type) {
        for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
            if (!Modifier.isPublic(at.getModifiers()) || at.isAnonymousClass() || at.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
