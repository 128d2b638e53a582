package org.gsef.governance.query.catalogue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.ReadModel;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every read model, as the slices declare them: each projection ({@link Folding}) of the query side names its
 * {@link ReadModel} in a {@code public static final ReadModel READ_MODEL}, collected here from the classpath, in the
 * order of their packages. No list is kept by hand: a new slice is a read model by declaring it.
 */
public final class ReadModels {

    /** Where the slices are: the query side's root package, the parent of this one. */
    private static final String QUERY_SIDE = ReadModels.class
            .getPackageName()
            .substring(0, ReadModels.class.getPackageName().lastIndexOf('.'));

    public static final List<ReadModel> ALL = collect();

    private ReadModels() {}

    public static Optional<ReadModel> named(String processor) {
        return ALL.stream().filter(model -> model.processor().equals(processor)).findFirst();
    }

    private static List<ReadModel> collect() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(ReadModels.class.getClassLoader()));
        scanner.addIncludeFilter(new AssignableTypeFilter(Folding.class));
        List<ReadModel> models = new ArrayList<>();
        List<String> classes = scanner.findCandidateComponents(QUERY_SIDE).stream()
                .map(BeanDefinition::getBeanClassName)
                .sorted()
                .toList();
        for (String name : classes) {
            Class<?> projection = ClassUtils.resolveClassName(name, ReadModels.class.getClassLoader());
            try {
                Field declared = projection.getField("READ_MODEL");
                if (!Modifier.isStatic(declared.getModifiers()) || declared.getType() != ReadModel.class) {
                    throw new IllegalStateException(name + ".READ_MODEL must be a static ReadModel");
                }
                models.add((ReadModel) declared.get(null));
            } catch (NoSuchFieldException | IllegalAccessException e) {
                throw new IllegalStateException(
                        name + " is a projection (Folding) and must declare public static final ReadModel READ_MODEL",
                        e);
            }
        }
        return List.copyOf(models);
    }
}
