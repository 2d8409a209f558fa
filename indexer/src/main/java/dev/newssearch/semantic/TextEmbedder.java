package dev.newssearch.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised; Apache 2.0), run in this process by ONNX
 * Runtime: a text becomes a unit vector of {@value #DIMENSIONS} numbers, and texts that say the same
 * thing in other words get vectors pointing the same way.
 *
 * <p>The model and its tokenizer come from LangChain4j's packaged copy on Maven Central; one model
 * is loaded per process ({@link #shared()}), about 130 MB resident, on first use. Each call runs on
 * the calling thread alone (ONNX Runtime's own thread pools are set to one thread), so the indexer's
 * threads embed articles side by side without oversubscribing the cores.
 */
public final class TextEmbedder {

  /** The model's name, recorded in the index so a search embeds its queries with the same model. */
  public static final String MODEL = "all-minilm-l6-v2-q";

  /** Numbers per vector. */
  public static final int DIMENSIONS = 384;

  /**
   * Word pieces read per text; the rest is cut. The model was trained on inputs up to 256; the
   * packaged tokenizer's 128 would cut a 100-word passage (about 120 word pieces) too close.
   */
  static final int MAX_WORD_PIECES = 256;

  private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

  private static volatile TextEmbedder shared;
  /** Why the model could not be loaded, once it could not: every later call fails at once. */
  private static volatile UncheckedIOException loadFailure;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;

  private TextEmbedder() throws IOException, OrtException {
    OnnxNativeLibraries.prepare();
    environment = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      session = environment.createSession(resource(MODEL_RESOURCE), options);
    }
    Map<String, String> settings = new HashMap<>();
    settings.put("maxLength", String.valueOf(MAX_WORD_PIECES));
    settings.put("truncation", "true");
    settings.put("padding", "false");
    try (InputStream in = TextEmbedder.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
      if (in == null) {
        throw new IOException("the tokenizer " + TOKENIZER_RESOURCE + " is not on the class path");
      }
      tokenizer = HuggingFaceTokenizer.newInstance(in, settings);
    }
  }

  /**
   * The process's embedder, loaded on first use.
   *
   * @throws UncheckedIOException when the model cannot be loaded (native code that cannot be
   *     unpacked, say); the first failure is kept and thrown again, not retried on every call
   */
  public static TextEmbedder shared() {
    TextEmbedder loaded = shared;
    if (loaded == null) {
      synchronized (TextEmbedder.class) {
        loaded = shared;
        if (loaded == null) {
          if (loadFailure != null) {
            throw loadFailure;
          }
          try {
            loaded = new TextEmbedder();
          } catch (IOException | OrtException | RuntimeException | LinkageError e) {
            loadFailure = new UncheckedIOException(new IOException("cannot load the embedding model " + MODEL + ": " + e, e));
            throw loadFailure;
          }
          shared = loaded;
        }
      }
    }
    return loaded;
  }

  /**
   * The unit vector of a text: the mean of the model's vectors of its word pieces (the pooling the
   * model was trained with), scaled to length 1 so a dot product is the cosine.
   *
   * @param text any text; only its first {@value #MAX_WORD_PIECES} word pieces are read
   */
  public float[] embed(String text) {
    Encoding encoding = tokenizer.encode(text);
    long[][] ids = {encoding.getIds()};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment, new long[][] {encoding.getAttentionMask()}));
      if (session.getInputNames().contains("token_type_ids")) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[][] {encoding.getTypeIds()}));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
        return meanOfUnitLength(tokens);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed on a text of " + text.length() + " characters", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static float[] meanOfUnitLength(float[][] tokens) {
    float[] mean = new float[DIMENSIONS];
    for (float[] token : tokens) {
      for (int i = 0; i < DIMENSIONS; i++) {
        mean[i] += token[i];
      }
    }
    double norm = 0;
    for (float x : mean) {
      norm += (double) x * x;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < DIMENSIONS; i++) {
      mean[i] *= scale;
    }
    return mean;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TextEmbedder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("the model " + name + " is not on the class path");
      }
      return in.readAllBytes();
    }
  }
}
