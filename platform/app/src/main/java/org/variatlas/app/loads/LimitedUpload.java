package org.variatlas.app.loads;

import com.vaadin.flow.server.streams.AbstractFileUploadHandler;
import com.vaadin.flow.server.streams.FileFactory;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;

/**
 * An upload to a file that refuses a body larger than the limit before reading it: the multipart
 * parser checks the declared sizes against {@link #getRequestSizeMax()} and {@link
 * #getFileSizeMax()}, and a raw upload's declared length is checked here.
 */
public final class LimitedUpload extends AbstractFileUploadHandler<LimitedUpload> {

  private final long limit;

  public LimitedUpload(long limit, FileUploadCallback callback, FileFactory files) {
    super(callback, files);
    this.limit = limit;
  }

  @Override
  public void handleUploadRequest(UploadEvent event) throws IOException {
    if (event.getFileSize() > limit) {
      throw new IOException(
          "the file is " + event.getFileSize() + " bytes, larger than the limit of " + limit);
    }
    super.handleUploadRequest(event);
  }

  @Override
  public long getRequestSizeMax() {
    // the file and the multipart framing around it
    return limit + 64 * 1024;
  }

  @Override
  public long getFileSizeMax() {
    return limit;
  }
}
