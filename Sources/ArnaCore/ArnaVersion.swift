/// The version of arna, as shown by `arna --version` and in `User-Agent` and `generator`.
public enum ArnaVersion {
    public static let current = "0.1.0"
    /// The project's home page, named in `generator` and `User-Agent`.
    public static let homepage = "https://github.com/arna-feeds/arna"
}
