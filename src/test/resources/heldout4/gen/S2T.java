import com.hankcs.hanlp.HanLP;
import java.nio.file.*;
public class S2T { public static void main(String[] a) throws Exception {
  for (String l : Files.readAllLines(Path.of(a[0]))) System.out.println(l + "\t" + (a.length>1 && a[1].equals("tw") ? HanLP.s2tw(l) : HanLP.convertToTraditionalChinese(l)));
}}
