public enum CairnCommand { public static func main() {} }
