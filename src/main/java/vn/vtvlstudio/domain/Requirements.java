package vn.vtvlstudio.domain;

/** Yêu cầu về trình độ, chứng chỉ, kinh nghiệm, phẩm chất, tin học và ngoại ngữ. */
public record Requirements(String training, String certificates, String experience, String qualities, String itAndLanguages) {

    public static final Requirements EMPTY = new Requirements(null, null, null, null, null);
}
