// Readiness probe run by kafka-broker.sh: a real AdminClient round trip, because an open port only means the
// socket server is bound, not that the broker has been unfenced and serves requests.
// Usage: java -cp "<broker lib>/*" KafkaReady.java <bootstrap> <timeout ms>
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;

public class KafkaReady {
  public static void main(String[] args) throws Exception {
    long deadline = System.currentTimeMillis() + Long.parseLong(args[1]);
    Properties props = new Properties();
    props.put("bootstrap.servers", args[0]);
    props.put("request.timeout.ms", "2000");
    props.put("default.api.timeout.ms", "3000");
    Exception last = null;
    while (System.currentTimeMillis() < deadline) {
      try (Admin admin = Admin.create(props)) {
        if (!admin.describeCluster().nodes().get().isEmpty()) {
          System.out.println("ready");
          return;
        }
      } catch (Exception e) {
        last = e;
      }
      Thread.sleep(250);
    }
    System.err.println("broker at " + args[0] + " did not answer describeCluster: " + last);
    System.exit(1);
  }
}
