package org.crosscheck.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at once, and the most still live after a collection, as the collector
 * reports them: heap in use peaks just before a collection, so the largest "before" is the peak
 * (summing each pool's own peak, which come at different moments, would overstate it).
 */
final class HeapPeak {
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(p -> p.getName()).collect(Collectors.toSet());
  private final AtomicLong before = new AtomicLong();
  private final AtomicLong after = new AtomicLong();

  HeapPeak() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
          before.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
          after.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
        }
      }, null, null);
    }
  }

  private long heapUsed(Map<String, MemoryUsage> pools) {
    return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed()).sum();
  }

  /** Forgets the peaks so far. */
  void reset() {
    before.set(0);
    after.set(0);
  }

  /** The most heap in use at once since the last reset, in bytes. */
  long peakUsed() {
    return before.get();
  }

  /** The most heap still live after a collection since the last reset, in bytes. */
  long peakLive() {
    return after.get();
  }
}
