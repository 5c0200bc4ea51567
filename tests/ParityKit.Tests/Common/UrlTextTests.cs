using ParityKit.Analyzers.Common;

namespace ParityKit.Tests.Common;

public class UrlTextTests
{
    [Theory]
    [InlineData("https://api-m.sandbox.paypal.com", "https", "api-m.sandbox.paypal.com", "")]
    [InlineData("  HTTPS://API.Example.com:8443/v2/orders?x=1#top  ", "https", "API.Example.com", "/v2/orders")]
    [InlineData("http://localhost:5000/", "http", "localhost", "/")]
    [InlineData("wss://stream.example.com/socket", "wss", "stream.example.com", "/socket")]
    [InlineData("ws://[::1]:80/", "ws", "[::1]", "/")]
    [InlineData("https://user:pw@api.example.com/x", "https", "api.example.com", "/x")]
    [InlineData("https://api.example.com./x", "https", "api.example.com", "/x")]
    [InlineData("https://api.example.com/v2/orders/{0}", "https", "api.example.com", "/v2/orders/{0}")]
    [InlineData("https://api.example.com?q", "https", "api.example.com", "")]
    [InlineData("api.sandbox.paypal.com", null, "api.sandbox.paypal.com", "")]
    [InlineData("api.sandbox.paypal.com:443/v1", null, "api.sandbox.paypal.com", "/v1")]
    public void Parses_endpoints(string text, string? scheme, string host, string path)
    {
        Assert.True(UrlText.TryParse(text, out UrlText? url));
        Assert.Equal(scheme, url.Scheme);
        Assert.Equal(host, url.Host);
        Assert.Equal(path, url.Path);
        Assert.Equal(text.Trim(), text.Substring(url.Start, url.End - url.Start));
    }

    [Theory]
    [InlineData("https://api.sandbox.paypal.com@evil.test/", "evil.test")]
    [InlineData("https://evil.test/@api.sandbox.paypal.com", "evil.test")]
    [InlineData("https://api.sandbox.paypal.com.attacker.test", "api.sandbox.paypal.com.attacker.test")]
    public void The_host_is_what_a_client_would_connect_to(string text, string host)
    {
        Assert.True(UrlText.TryParse(text, out UrlText? url));
        Assert.Equal(host, url.Host);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("See https://developer.paypal.com/docs for sandbox setup")]
    [InlineData("Could not reach api.sandbox.paypal.com")]
    [InlineData("https://api.sandbox.paypal.com is down")]
    [InlineData("https://api.example.com/a b")]
    [InlineData("ftp://files.example.com/")]
    [InlineData("file://server.example.com/share")]
    [InlineData("mailto:ops@example.com")]
    [InlineData("ops@api.sandbox.paypal.com")]
    [InlineData("https://")]
    [InlineData("https:///path")]
    [InlineData("https://-bad.example.com")]
    [InlineData("https://bad..example.com")]
    [InlineData("https://api.example.com:99999")]
    [InlineData("https://api.example.com:80x")]
    [InlineData("https://api.exa mple.com")]
    [InlineData("https://api.example.com\\path")]
    [InlineData("https://bücher.example")]
    [InlineData("1.2.3")]
    [InlineData("v1.2")]
    [InlineData("localhost")]
    [InlineData("C:\\temp\\file.txt")]
    [InlineData("Hello.")]
    [InlineData("[::1]")]
    public void Rejects_text_that_is_not_an_endpoint(string text) =>
        Assert.False(UrlText.TryParse(text, out _), text);

    [Theory]
    [InlineData("https://api-m.sandbox.paypal.com/v2/orders/", "api-m.sandbox.paypal.com")]
    [InlineData("https://api-m.sandbox.paypal.com:", "api-m.sandbox.paypal.com")]
    [InlineData("https://api-m.sandbox.paypal.com?id=", "api-m.sandbox.paypal.com")]
    public void A_prefix_names_its_host_when_something_ends_it(string text, string host)
    {
        Assert.True(UrlText.TryParsePrefix(text, out UrlText? url));
        Assert.Equal(host, url.Host);
    }

    [Fact]
    public void A_prefix_ending_before_the_port_ends_its_authority_at_the_host()
    {
        Assert.True(UrlText.TryParsePrefix("https://api.example.com:", out UrlText? url));
        Assert.Equal("https://api.example.com".Length, url.AuthorityEnd);
        Assert.Equal("", url.Path);
    }

    [Theory]
    [InlineData("https://api-m.sandbox.paypal.com")]
    [InlineData("https://")]
    [InlineData("https://api.example.com/v2 failed: ")]
    [InlineData("Calling https://api.example.com/")]
    public void A_prefix_whose_host_may_continue_does_not_parse(string text) =>
        Assert.False(UrlText.TryParsePrefix(text, out _), text);

    [Fact]
    public void Offsets_split_base_and_rest()
    {
        Assert.True(UrlText.TryParse(" https://Api.Example.com:8443/v2?x ", out UrlText? url));
        Assert.Equal("https://Api.Example.com:8443", url.Text.Substring(url.Start, url.AuthorityEnd - url.Start));
        Assert.Equal(":8443", url.Text.Substring(url.HostEnd, url.AuthorityEnd - url.HostEnd));
        Assert.Equal("/v2", url.Text.Substring(url.AuthorityEnd, url.PathEnd - url.AuthorityEnd));
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(42);
        const string alphabet = "htps:/.@[]?#-_a1 :\\%";
        for (int i = 0; i < 20_000; i++)
        {
            char[] chars = new char[random.Next(30)];
            for (int j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            UrlText.TryParse(text, out _);
            UrlText.TryParsePrefix(text, out _);
        }
    }
}
