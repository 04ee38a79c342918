// Run by kafka-broker.sh when KAFKA_AUTHORIZER=1: gives the SASL user alice every operation on the topics, groups
// and transactional ids whose names start with "alice-", and nothing else, so that a test can tell which Kafka
// user a client really is by what the broker lets it do. Creating a binding that exists already is a no-op, so
// this runs on every start. Connects through the PLAINTEXT listener, whose ANONYMOUS principal is a super user.
// Usage: java -cp "<probe dir>:<broker lib>/*" KafkaAcls <bootstrap> <timeout ms>
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

public class KafkaAcls {
  public static void main(String[] args) throws Exception {
    long deadline = System.currentTimeMillis() + Long.parseLong(args[1]);
    Properties props = new Properties();
    props.put("bootstrap.servers", args[0]);
    List<AclBinding> bindings = new ArrayList<>();
    AccessControlEntry all = new AccessControlEntry("User:alice", "*", AclOperation.ALL, AclPermissionType.ALLOW);
    for (ResourceType type : new ResourceType[] {ResourceType.TOPIC, ResourceType.GROUP, ResourceType.TRANSACTIONAL_ID}) {
      bindings.add(new AclBinding(new ResourcePattern(type, "alice-", PatternType.PREFIXED), all));
    }
    try (Admin admin = Admin.create(props)) {
      admin.createAcls(bindings).all().get(Math.max(1000, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
      // The controller has committed them; wait until the broker's authorizer serves them too.
      while (admin.describeAcls(AclBindingFilter.ANY).values().get().size() < bindings.size()) {
        if (System.currentTimeMillis() > deadline) throw new IllegalStateException("the ACLs did not appear in time");
        Thread.sleep(100);
      }
    }
    System.out.println("acls for alice");
  }
}
