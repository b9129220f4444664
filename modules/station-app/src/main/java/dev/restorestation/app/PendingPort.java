package dev.restorestation.app;

import dev.restorestation.gui.UiThread;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A port whose adapter is still opening (the history database, the firmware cache): the window
 * is built on it at once, and the first call, always on a background thread, waits for the
 * adapter. This keeps database migrations and cache checks out of the time to the first frame.
 */
final class PendingPort {

    private PendingPort() {
    }

    static <S, T> T of(Class<T> port, CompletableFuture<S> opening, Function<S, T> adapter) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "pending " + port.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            }
            UiThread.requireBackground();
            T target;
            try {
                target = adapter.apply(opening.join());
            } catch (CompletionException e) {
                throw e.getCause();
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }
}
