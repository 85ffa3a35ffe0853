package dev.newsbot.bot.telegram;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * The sockets of the polling client, so that stopping can close them and end a long poll under
 * way at once. (Cancelling the OkHttp call instead makes telegrambots log an error with a stack
 * trace and sleep a back-off on every stop: OkHttp throws "Canceled" after the interceptors.)
 * Once closed it opens no new socket, so OkHttp cannot quietly send the poll again.
 */
final class PollingSockets extends SocketFactory {

  private final SocketFactory plain = SocketFactory.getDefault();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  private volatile boolean closed;

  private Socket track(Socket s) throws IOException {
    if (closed) {
      s.close();
      throw new SocketException("the bot is stopping");
    }
    open.add(s);
    open.removeIf(Socket::isClosed);
    return s;
  }

  @Override
  public Socket createSocket() throws IOException {
    return track(plain.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return track(plain.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return track(plain.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return track(plain.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return track(plain.createSocket(address, port, localAddress, localPort));
  }

  void closeAll() {
    closed = true;
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing to stop; nothing to do if it fails
      }
    }
    open.clear();
  }
}
