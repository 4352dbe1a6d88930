package vn.vtvlstudio.domain;

/** One task of a job description: step (bậc), content, output (sản phẩm) and evaluation criterion (tiêu chí). */
public record JobTask(int step, String content, String output, String criterion) {
}
