"""Full job descriptions of the Hậu Giang sample (illustrative texts, written for the sample)."""

# Competency levels: heads 5, deputies / unit leaders 4, CVC-tier 4, CV-tier 3, cán sự 2, support 1–2.

G_LEAD5 = [("CHUNG_DAO_DUC", 5), ("CHUNG_TO_CHUC", 5), ("CHUNG_SOAN_THAO", 4), ("CHUNG_GIAO_TIEP", 4),
           ("CHUNG_PHOI_HOP", 4), ("CHUNG_CNTT", 3)]
G_LEAD4 = [("CHUNG_DAO_DUC", 4), ("CHUNG_TO_CHUC", 4), ("CHUNG_SOAN_THAO", 4), ("CHUNG_PHOI_HOP", 4),
           ("CHUNG_CNTT", 3)]
G_CVC = [("CHUNG_DAO_DUC", 4), ("CHUNG_TO_CHUC", 4), ("CHUNG_SOAN_THAO", 4), ("CHUNG_PHOI_HOP", 3),
         ("CHUNG_CNTT", 3)]
G_CV = [("CHUNG_DAO_DUC", 3), ("CHUNG_TO_CHUC", 3), ("CHUNG_SOAN_THAO", 3), ("CHUNG_PHOI_HOP", 3),
        ("CHUNG_CNTT", 3)]
G_SUP = [("CHUNG_DAO_DUC", 2), ("CHUNG_TO_CHUC", 1), ("CHUNG_GIAO_TIEP", 2), ("CHUNG_PHOI_HOP", 1)]

MGMT_HEAD = [("QL_TU_DUY_CHIEN_LUOC", 5), ("QL_RA_QUYET_DINH", 5), ("QL_QUAN_LY_NGUON_LUC", 4),
             ("QL_PHAT_TRIEN_CAN_BO", 5)]
MGMT_UNIT = [("QL_TU_DUY_CHIEN_LUOC", 3), ("QL_RA_QUYET_DINH", 4), ("QL_QUAN_LY_NGUON_LUC", 4),
             ("QL_PHAT_TRIEN_CAN_BO", 4)]
MGMT_DISTRICT_HEAD = [("QL_TU_DUY_CHIEN_LUOC", 4), ("QL_RA_QUYET_DINH", 4), ("QL_QUAN_LY_NGUON_LUC", 4),
                      ("QL_PHAT_TRIEN_CAN_BO", 4)]

PARTY_MEMBER = "Là đảng viên"
IT_BASIC = "Sử dụng thành thạo phần mềm văn phòng, hệ thống quản lý văn bản điều hành của cơ quan Đảng"


def add_hg(d, jd):
    add_btc(d, jd)
    add_ubkt(d, jd)
    add_btg_bdv_bnc(d, jd)
    add_vptu(d, jd)
    add_front_and_units(d, jd)
    add_district(d, jd)


# ---------------------------------------------------------------------------------------------------------------
# Ban Tổ chức Tỉnh ủy
# ---------------------------------------------------------------------------------------------------------------

def add_btc(d, jd):
    d["HG-BTC:tb"] = jd(
        "Lãnh đạo toàn diện hoạt động của Ban Tổ chức Tỉnh ủy; tham mưu Tỉnh ủy, Ban Thường vụ Tỉnh ủy về tổ chức "
        "bộ máy, biên chế, công tác cán bộ, đảng viên và bảo vệ chính trị nội bộ của Đảng bộ tỉnh.",
        [("Chỉ đạo xây dựng chương trình công tác toàn khóa, năm của Ban; phân công nhiệm vụ cho Phó Trưởng ban và "
          "các phòng.", "Chương trình công tác năm được Ban Thường vụ Tỉnh ủy thông qua",
          "Ban hành trước ngày 15/01; bám sát chương trình làm việc của Tỉnh ủy"),
         ("Chủ trì tham mưu quy trình nhân sự thuộc diện Ban Thường vụ Tỉnh ủy quản lý: quy hoạch, bổ nhiệm, giới "
          "thiệu ứng cử, luân chuyển.", "Tờ trình, báo cáo thẩm định nhân sự trình Ban Thường vụ",
          "Đúng quy trình 5 bước; không có nhân sự phải xem xét lại do sai sót hồ sơ"),
         ("Chỉ đạo thẩm định đề án vị trí việc làm, đề án kiện toàn tổ chức bộ máy của các cơ quan Đảng, Mặt trận, "
          "đoàn thể.", "Văn bản thẩm định; quyết định giao biên chế hằng năm",
          "Tổng biên chế không vượt số Trung ương giao; tỷ lệ tinh giản theo Kết luận 40-KL/TW"),
         ("Chỉ đạo công tác bảo vệ chính trị nội bộ, giải quyết vấn đề chính trị hiện nay của đảng viên.",
          "Kết luận tiêu chuẩn chính trị; báo cáo chuyên đề", "Đúng Quy định 58-QĐ/TW; đúng hạn, bảo mật"),
         ("Trực tiếp đảm nhận vị trí chuyên môn được kiêm: tham mưu tổ chức bộ máy, biên chế.",
          "Dự thảo đề án, quyết định về tổ chức bộ máy", "Đạt yêu cầu của vị trí chuyên môn kiêm nhiệm")],
        "Lãnh đạo trực tiếp các Phó Trưởng ban, trưởng các phòng; phối hợp với Văn phòng Tỉnh ủy, Ủy ban Kiểm tra "
        "Tỉnh ủy trong công tác cán bộ.",
        "Ban Tổ chức Trung ương; Sở Nội vụ; các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc; Đảng đoàn, Ban cán "
        "sự đảng.",
        "Ký văn bản của Ban theo quy chế làm việc; quyết định phân công công việc trong Ban; đề xuất nhân sự với "
        "Ban Thường vụ Tỉnh ủy.",
        "Làm việc tại trụ sở Tỉnh ủy; thường xuyên đi cơ sở; tiếp cận hồ sơ, tài liệu mật.",
        "Tốt nghiệp đại học trở lên; cao cấp lý luận chính trị",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên cao cấp hoặc tương đương; bồi dưỡng cán bộ lãnh "
        "đạo cấp tỉnh",
        "Có thời gian giữ chức vụ cấp phó trưởng ban hoặc tương đương ít nhất 5 năm; từng giữ chức vụ chủ chốt cấp "
        "huyện là một lợi thế",
        "Bản lĩnh chính trị vững vàng, công tâm, khách quan trong đánh giá cán bộ; giữ nguyên tắc, giữ bí mật; là "
        "Ủy viên Ban Thường vụ Tỉnh ủy",
        IT_BASIC + "; ngoại ngữ bậc 3 (B1) trở lên",
        G_LEAD5 + [("CM_TO_CHUC_CAN_BO", 5)] + MGMT_HEAD)

    d["HG-BTC:tccb_tp"] = jd(
        "Tổ chức, điều hành Phòng Tổ chức – Cán bộ hoàn thành nhiệm vụ tham mưu về tổ chức bộ máy, biên chế và "
        "công tác cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý.",
        [("Lập kế hoạch công tác tháng, quý của phòng; phân công chuyên viên theo vị trí việc làm.",
          "Kế hoạch công tác phòng; bảng phân công", "Kịp thời; không chồng chéo; mỗi việc có người chịu trách nhiệm"),
         ("Chủ trì tổng hợp, rà soát quy hoạch cán bộ diện Ban Thường vụ quản lý nhiệm kỳ 2025 – 2030.",
          "Danh sách quy hoạch, báo cáo rà soát", "Đúng cơ cấu độ tuổi, nữ, dân tộc; số liệu khớp hồ sơ"),
         ("Kiểm tra, ký nháy các văn bản về tổ chức, cán bộ trước khi trình lãnh đạo Ban.",
          "Văn bản trình đúng thể thức, căn cứ", "Không có văn bản bị trả lại vì sai căn cứ pháp lý"),
         ("Đánh giá, nhận xét chuyên viên trong phòng theo sản phẩm công việc hằng tháng.",
          "Phiếu đánh giá tháng", "Có minh chứng sản phẩm; đúng thời hạn quy định của cơ quan")],
        "Chịu sự lãnh đạo trực tiếp của Phó Trưởng ban phụ trách; phối hợp với Phòng Đảng viên, Phòng Bảo vệ chính "
        "trị nội bộ, Văn phòng Ban.",
        "Ban tổ chức các huyện ủy, thị ủy, thành ủy; bộ phận tổ chức của các sở, ngành, Mặt trận, đoàn thể tỉnh.",
        "Đề xuất phân công, khen thưởng, kỷ luật chuyên viên trong phòng; ký các văn bản được ủy quyền.",
        "Làm việc tại trụ sở; tiếp cận hồ sơ cán bộ mật; đi công tác cơ sở theo đoàn.",
        "Tốt nghiệp đại học trở lên chuyên ngành phù hợp (xây dựng Đảng, luật, hành chính, quản lý nhà nước); cao "
        "cấp lý luận chính trị",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính; bồi dưỡng lãnh đạo cấp phòng",
        "Có ít nhất 5 năm làm công tác tổ chức, cán bộ",
        "Công tâm, kín đáo, có khả năng nhận xét cán bộ khách quan; " + PARTY_MEMBER.lower(),
        IT_BASIC + "; ngoại ngữ bậc 2 trở lên",
        G_LEAD4 + [("CM_TO_CHUC_CAN_BO", 4)] + MGMT_UNIT)

    d["HG-BTC:bm_cv"] = jd(
        "Tham mưu thẩm định và theo dõi tổ chức bộ máy, biên chế, đề án vị trí việc làm của các cơ quan Đảng, Mặt "
        "trận Tổ quốc, các tổ chức chính trị - xã hội cấp tỉnh và cấp huyện.",
        [("Nghiên cứu các quy định của Trung ương về tổ chức bộ máy, biên chế; đề xuất văn bản triển khai của tỉnh.",
          "Dự thảo kế hoạch, hướng dẫn", "Đúng thẩm quyền; ban hành trong 30 ngày sau khi Trung ương ban hành"),
         ("Thẩm định đề án vị trí việc làm, bản mô tả công việc, khung năng lực và cơ cấu ngạch của cơ quan, đơn "
          "vị.", "Văn bản thẩm định kèm bảng số liệu", "Trong 20 ngày làm việc; chỉ ra đủ sai lệch về số lượng, ngạch"),
         ("Tổng hợp tình hình sử dụng biên chế, tinh giản biên chế hằng năm so với số Trung ương giao năm 2022.",
          "Báo cáo biên chế năm; biểu số liệu", "Số liệu khớp quyết định giao; đúng hạn báo cáo Trung ương"),
         ("Dự thảo quyết định giao biên chế, hợp đồng lao động hằng năm cho từng cơ quan.",
          "Dự thảo quyết định và phụ lục", "Tổng không vượt chỉ tiêu; không cơ quan nào vượt đề án được duyệt"),
         ("Theo dõi việc thực hiện các mô hình thí điểm hợp nhất cơ quan ở cấp huyện.",
          "Báo cáo sơ kết, đề xuất điều chỉnh", "Có đánh giá định lượng về biên chế, đầu mối")],
        "Chịu sự chỉ đạo của Trưởng phòng Tổ chức – Cán bộ; phối hợp chuyên viên quản lý cán bộ, Văn phòng Ban.",
        "Bộ phận tổ chức của các cơ quan Đảng, Mặt trận, đoàn thể; Sở Nội vụ (biên chế khối chính quyền); Sở Tài "
        "chính (kinh phí theo biên chế).",
        "Yêu cầu cơ quan, đơn vị cung cấp hồ sơ, số liệu phục vụ thẩm định; đề xuất không thông qua đề án chưa đạt.",
        "Làm việc tại trụ sở; cao điểm công việc cuối năm khi giao biên chế.",
        "Tốt nghiệp đại học trở lên chuyên ngành hành chính, luật, xây dựng Đảng hoặc kinh tế; trung cấp lý luận "
        "chính trị trở lên",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính",
        "Có ít nhất 3 năm làm công tác tổ chức bộ máy hoặc biên chế",
        "Cẩn thận với số liệu, nguyên tắc; " + PARTY_MEMBER.lower(),
        "Sử dụng thành thạo bảng tính để lập biểu biên chế; ngoại ngữ bậc 2",
        G_CVC + [("CM_TO_CHUC_CAN_BO", 4), ("CM_TONG_HOP", 3)])

    d["HG-BTC:cb_cv"] = jd(
        "Tham mưu công tác quy hoạch, luân chuyển, bổ nhiệm cán bộ và quản lý hồ sơ cán bộ thuộc diện Ban Thường "
        "vụ Tỉnh ủy quản lý.",
        [("Cập nhật cơ sở dữ liệu cán bộ diện Ban Thường vụ Tỉnh ủy quản lý sau mỗi quyết định nhân sự.",
          "Dữ liệu cán bộ được cập nhật", "Trong 5 ngày làm việc kể từ khi có quyết định"),
         ("Thẩm định hồ sơ nhân sự đề nghị bổ nhiệm, bổ nhiệm lại, giới thiệu ứng cử: tiêu chuẩn, điều kiện, quy "
          "trình.", "Phiếu thẩm định hồ sơ; dự thảo tờ trình",
          "Đối chiếu đủ tiêu chuẩn chức danh, quy hoạch, kê khai tài sản; phát hiện hồ sơ thiếu"),
         ("Rà soát, đề xuất danh sách cán bộ luân chuyển hằng năm.", "Danh sách đề xuất kèm thuyết minh",
          "Đúng đối tượng theo Quy định 65-QĐ/TW; có ý kiến nơi đi, nơi đến"),
         ("Tổng hợp kết quả đánh giá, xếp loại cán bộ cuối năm.", "Báo cáo tổng hợp đánh giá",
          "Khớp với kết quả của từng cơ quan; đúng tỷ lệ hoàn thành xuất sắc")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Tổ chức – Cán bộ; phối hợp Phòng Bảo vệ chính trị nội bộ khi thẩm tra "
        "lý lịch.",
        "Ban tổ chức cấp ủy cấp huyện; bộ phận tổ chức các sở, ngành; Ủy ban Kiểm tra Tỉnh ủy (lấy ý kiến về kỷ "
        "luật, tố cáo).",
        "Đề nghị cơ quan bổ sung, hoàn thiện hồ sơ nhân sự; từ chối tiếp nhận hồ sơ không đủ thành phần.",
        "Quản lý hồ sơ mật theo quy định bảo vệ bí mật nhà nước; phòng làm việc có tủ hồ sơ khóa.",
        "Tốt nghiệp đại học trở lên chuyên ngành xây dựng Đảng, luật, hành chính hoặc phù hợp; trung cấp lý luận "
        "chính trị trở lên",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên",
        "Có ít nhất 2 năm công tác trong cơ quan Đảng, Nhà nước",
        "Kín đáo, trung thực, không để lộ thông tin nhân sự; " + PARTY_MEMBER.lower(),
        IT_BASIC + "; khai thác phần mềm quản lý cán bộ, đảng viên; ngoại ngữ bậc 2",
        G_CV + [("CM_TO_CHUC_CAN_BO", 3)])

    d["HG-BTC:dv_cv"] = jd(
        "Tham mưu công tác quản lý đảng viên, phát triển đảng viên, tổ chức cơ sở đảng và quản lý hồ sơ đảng viên "
        "của Đảng bộ tỉnh.",
        [("Tiếp nhận, kiểm tra hồ sơ kết nạp đảng viên, công nhận đảng viên chính thức do cấp ủy cấp trên cơ sở "
          "gửi lên.", "Phiếu kiểm tra hồ sơ; sổ theo dõi", "Phát hiện đủ sai sót về thủ tục, thời hạn dự bị"),
         ("Quản lý hồ sơ đảng viên, cập nhật cơ sở dữ liệu đảng viên; cấp, đổi thẻ đảng.",
          "Dữ liệu đảng viên; danh sách đề nghị cấp thẻ", "Số liệu khớp với báo cáo của cấp ủy cơ sở từng quý"),
         ("Thực hiện thủ tục chuyển sinh hoạt đảng chính thức, tạm thời ra ngoài Đảng bộ tỉnh.",
          "Giấy giới thiệu sinh hoạt đảng", "Trong 3 ngày làm việc; đủ hồ sơ theo Hướng dẫn của Ban Tổ chức Trung ương"),
         ("Tổng hợp kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm.",
          "Báo cáo tổng hợp, biểu thống kê", "Đúng biểu mẫu; nộp Ban Tổ chức Trung ương đúng hạn"),
         ("Hướng dẫn nghiệp vụ công tác đảng viên cho cán bộ tổ chức cấp huyện.", "Tài liệu, buổi hướng dẫn",
          "Ít nhất 1 lần/năm; có phiếu đánh giá của học viên")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Đảng viên; phối hợp Phòng Bảo vệ chính trị nội bộ về lý lịch đảng viên.",
        "Ban tổ chức các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc; cấp ủy cơ sở.",
        "Đề nghị cấp ủy cơ sở bổ sung hồ sơ; trả lại hồ sơ chưa đúng thủ tục.",
        "Quản lý kho hồ sơ đảng viên; làm việc thường xuyên với phần mềm quản lý đảng viên.",
        "Tốt nghiệp đại học trở lên; trung cấp lý luận chính trị trở lên",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên; bồi dưỡng nghiệp vụ công tác đảng viên",
        "Có ít nhất 1 năm làm công tác đảng vụ hoặc tổ chức",
        "Cẩn thận, tỉ mỉ với hồ sơ; " + PARTY_MEMBER.lower(),
        "Khai thác thành thạo phần mềm quản lý cơ sở dữ liệu đảng viên; ngoại ngữ bậc 2",
        G_CV + [("CM_TO_CHUC_CAN_BO", 3), ("CM_VAN_THU_LUU_TRU", 2)])

    d["HG-BTC:bv_cv"] = jd(
        "Tham mưu công tác bảo vệ chính trị nội bộ: thẩm tra, xác minh, kết luận tiêu chuẩn chính trị của cán bộ, "
        "đảng viên và người được đề nghị kết nạp vào Đảng.",
        [("Thẩm định lý lịch của cán bộ trước khi bổ nhiệm, giới thiệu ứng cử, cử đi học, đi nước ngoài.",
          "Phiếu thẩm định tiêu chuẩn chính trị", "Đúng Quy định 58-QĐ/TW; trong 10 ngày làm việc"),
         ("Xác minh, thẩm tra các trường hợp có vấn đề chính trị hiện nay, có quan hệ với tổ chức, cá nhân nước "
          "ngoài.", "Báo cáo xác minh", "Có đủ căn cứ tài liệu; bảo đảm bí mật"),
         ("Theo dõi, tổng hợp tình hình chính trị nội bộ, biểu hiện suy thoái, tự diễn biến, tự chuyển hóa.",
          "Báo cáo định kỳ 6 tháng, năm", "Có nhận định, dự báo; đề xuất giải pháp cụ thể"),
         ("Phối hợp cơ quan công an, quân sự trong công tác bảo vệ chính trị nội bộ.",
          "Biên bản phối hợp, thông tin trao đổi", "Theo quy chế phối hợp đã ký")],
        "Chịu sự chỉ đạo của Trưởng phòng Bảo vệ chính trị nội bộ; phối hợp các phòng trong Ban.",
        "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh; ban tổ chức cấp ủy cấp huyện; cơ quan có người được thẩm tra.",
        "Yêu cầu cá nhân, cơ quan cung cấp thông tin phục vụ thẩm tra; đề xuất kết luận tiêu chuẩn chính trị.",
        "Làm việc với tài liệu mật, tuyệt mật; đi xác minh ở địa phương khác.",
        "Tốt nghiệp đại học trở lên chuyên ngành luật, an ninh, xây dựng Đảng hoặc phù hợp; trung cấp lý luận "
        "chính trị trở lên",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên; bồi dưỡng nghiệp vụ bảo vệ chính trị nội bộ",
        "Có ít nhất 2 năm công tác trong cơ quan Đảng",
        "Kín đáo, bản lĩnh, chấp hành nghiêm kỷ luật bảo mật; " + PARTY_MEMBER.lower(),
        IT_BASIC + "; ngoại ngữ bậc 2",
        G_CV + [("CM_TO_CHUC_CAN_BO", 3), ("CM_NOI_CHINH", 2)])

    d["HG-BTC:vp_vt"] = jd(
        "Bảo đảm công tác văn thư, quản lý văn bản đi, đến, con dấu và lập hồ sơ công việc của Ban Tổ chức Tỉnh ủy.",
        [("Tiếp nhận, đăng ký, trình và chuyển giao văn bản đến trên hệ thống quản lý văn bản.",
          "Sổ, dữ liệu văn bản đến", "Trong ngày làm việc; văn bản mật đăng ký riêng"),
         ("Kiểm tra thể thức, đóng dấu, phát hành văn bản đi của Ban.", "Văn bản phát hành",
          "Đúng thể thức theo Hướng dẫn 36-HD/VPTW; không phát hành nhầm nơi nhận"),
         ("Quản lý con dấu, giấy giới thiệu, sổ sách văn thư.", "Sổ theo dõi con dấu", "Không để mất, sử dụng sai"),
         ("Hướng dẫn chuyên viên lập hồ sơ; giao nộp hồ sơ vào Lưu trữ Tỉnh ủy hằng năm.",
          "Danh mục hồ sơ, biên bản giao nộp", "Giao nộp đúng hạn theo Quy định 270-QĐ/TW")],
        "Chịu sự quản lý của Chánh Văn phòng Ban; phục vụ toàn bộ lãnh đạo và chuyên viên của Ban.",
        "Phòng Hành chính – Lưu trữ Văn phòng Tỉnh ủy; bưu điện, giao liên.",
        "Từ chối phát hành văn bản sai thể thức, thiếu chữ ký; đề nghị bổ sung hồ sơ trước khi giao nộp.",
        "Làm việc tại bộ phận văn thư; quản lý văn bản mật.",
        "Tốt nghiệp đại học chuyên ngành văn thư – lưu trữ, hoặc đại học khác có chứng chỉ bồi dưỡng văn thư",
        "Chứng chỉ bồi dưỡng nghiệp vụ văn thư cơ quan Đảng",
        "Không yêu cầu; ưu tiên đã làm văn thư 1 năm",
        "Cẩn thận, trung thực, giữ bí mật văn bản",
        "Sử dụng thành thạo hệ thống quản lý văn bản và chữ ký số",
        G_CV + [("CM_VAN_THU_LUU_TRU", 3)])


# ---------------------------------------------------------------------------------------------------------------
# Ủy ban Kiểm tra Tỉnh ủy
# ---------------------------------------------------------------------------------------------------------------

def add_ubkt(d, jd):
    d["HG-UBKT:cn"] = jd(
        "Lãnh đạo Ủy ban Kiểm tra Tỉnh ủy thực hiện nhiệm vụ kiểm tra, giám sát, thi hành kỷ luật trong Đảng theo "
        "Điều 30, 32 Điều lệ Đảng và nhiệm vụ do Tỉnh ủy giao.",
        [("Chỉ đạo xây dựng chương trình kiểm tra, giám sát toàn khóa và hằng năm của Ủy ban Kiểm tra.",
          "Chương trình kiểm tra, giám sát năm", "Có trọng tâm, trọng điểm; được Ủy ban thông qua trước tháng 2"),
         ("Chủ trì phiên họp Ủy ban xem xét, kết luận các cuộc kiểm tra khi có dấu hiệu vi phạm.",
          "Thông báo kết luận, quyết định kỷ luật", "Đúng thẩm quyền; khách quan; đúng thời hạn quy định"),
         ("Chỉ đạo giải quyết tố cáo, khiếu nại kỷ luật đảng.", "Kết luận giải quyết tố cáo",
          "Không để tồn đọng; không để khiếu nại vượt cấp kéo dài"),
         ("Chỉ đạo kiểm tra tài chính đảng và kiểm soát kê khai tài sản, thu nhập.",
          "Báo cáo kết quả kiểm tra tài chính; kết luận xác minh tài sản", "Đúng kế hoạch; kiến nghị có địa chỉ"),
         ("Trực tiếp đảm nhận vị trí chuyên môn kiêm: chuyên viên chính kiểm tra, giám sát trong các vụ việc phức "
          "tạp.", "Báo cáo thẩm tra vụ việc được phân công", "Đạt yêu cầu vị trí chuyên môn kiêm nhiệm")],
        "Lãnh đạo các Phó Chủ nhiệm, ủy viên, các phòng và Văn phòng; phối hợp Ban Tổ chức, Ban Nội chính Tỉnh ủy.",
        "Ủy ban Kiểm tra Trung ương; Thanh tra tỉnh; Công an tỉnh; ủy ban kiểm tra cấp ủy cấp huyện.",
        "Quyết định thành lập đoàn kiểm tra; ký thông báo kết luận, quyết định thi hành kỷ luật theo thẩm quyền.",
        "Làm việc tại trụ sở; đi kiểm tra theo đoàn; tiếp cận hồ sơ mật.",
        "Tốt nghiệp đại học trở lên; cao cấp lý luận chính trị",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên cao cấp; bồi dưỡng nghiệp vụ kiểm tra",
        "Có ít nhất 5 năm giữ chức vụ lãnh đạo trong ngành kiểm tra hoặc tương đương",
        "Bản lĩnh, liêm chính, công tâm; là Ủy viên Ban Thường vụ Tỉnh ủy",
        IT_BASIC + "; ngoại ngữ bậc 3 (B1)",
        G_LEAD5 + [("CM_KIEM_TRA_DANG", 5)] + MGMT_HEAD)

    d["HG-UBKT:kt1_cvc"] = jd(
        "Chủ trì thẩm tra, xác minh các nội dung kiểm tra, giám sát phức tạp đối với tổ chức đảng và đảng viên "
        "thuộc diện Ban Thường vụ Tỉnh ủy quản lý ở khối cơ quan tỉnh.",
        [("Nghiên cứu hồ sơ, dự thảo kế hoạch kiểm tra khi có dấu hiệu vi phạm.", "Kế hoạch và đề cương gợi ý",
          "Xác định rõ nội dung, đối tượng, mốc thời gian; được Chủ nhiệm phê duyệt"),
         ("Làm việc với đối tượng kiểm tra, người có liên quan; thu thập, đánh giá chứng cứ.",
          "Biên bản làm việc, tài liệu chứng cứ", "Chứng cứ đủ, hợp lệ; đúng Quy định 22-QĐ/TW"),
         ("Dự thảo báo cáo kết quả kiểm tra, đề xuất hình thức kỷ luật.", "Báo cáo thẩm tra",
          "Kết luận rõ đúng – sai; đề xuất tương xứng với tính chất vi phạm"),
         ("Theo dõi việc thực hiện kết luận, quyết định kỷ luật.", "Báo cáo theo dõi sau kiểm tra",
          "Có đánh giá mức độ khắc phục sau 6 tháng"),
         ("Hướng dẫn chuyên viên trẻ nghiệp vụ thẩm tra, lập hồ sơ vụ việc.", "Hồ sơ mẫu, góp ý",
          "Chuyên viên được hướng dẫn độc lập xử lý được vụ việc đơn giản")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Kiểm tra – Giám sát số 1 và Ủy viên Ủy ban phụ trách.",
        "Các đảng đoàn, ban cán sự đảng, đảng ủy khối; Thanh tra tỉnh, Kiểm toán nhà nước khu vực khi cần đối chiếu.",
        "Yêu cầu tổ chức đảng, đảng viên cung cấp tài liệu, giải trình theo quyết định kiểm tra.",
        "Đi công tác theo đoàn; làm việc với tài liệu mật; khối lượng công việc tăng cuối năm.",
        "Tốt nghiệp đại học trở lên chuyên ngành luật, kinh tế, tài chính hoặc xây dựng Đảng; cao cấp lý luận chính "
        "trị",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính; bồi dưỡng nghiệp vụ kiểm tra đảng",
        "Có ít nhất 7 năm làm công tác kiểm tra đảng",
        "Khách quan, thận trọng, giữ bí mật; " + PARTY_MEMBER.lower(),
        IT_BASIC + "; ngoại ngữ bậc 2",
        G_CVC + [("CM_KIEM_TRA_DANG", 4), ("CM_NOI_CHINH", 3)])

    d["HG-UBKT:kt3_cv"] = jd(
        "Kiểm tra tài chính đảng, việc thu, nộp đảng phí và xác minh kê khai tài sản, thu nhập theo phân công của "
        "Ủy ban Kiểm tra Tỉnh ủy.",
        [("Xây dựng kế hoạch kiểm tra tài chính đối với cấp ủy cấp dưới và cơ quan tài chính cấp ủy.",
          "Kế hoạch kiểm tra tài chính năm", "Bao quát ít nhất 1/3 số cấp ủy trực thuộc mỗi năm"),
         ("Kiểm tra chứng từ, sổ sách thu chi ngân sách đảng, thu nộp đảng phí.", "Biên bản kiểm tra, bảng đối chiếu",
          "Phát hiện đầy đủ khoản chi sai định mức; có số liệu cụ thể"),
         ("Xác minh tài sản, thu nhập của đảng viên theo quyết định của Ủy ban.", "Báo cáo xác minh",
          "Đúng Quy định 56-QĐ/TW; trong thời hạn quyết định xác minh"),
         ("Tổng hợp, báo cáo kết quả kiểm tra tài chính đảng hằng năm.", "Báo cáo năm",
          "Có kiến nghị thu hồi, chấn chỉnh; gửi đúng hạn")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Kiểm tra – Giám sát số 3; phối hợp Phòng Tài chính – Quản trị Văn "
        "phòng Tỉnh ủy.",
        "Văn phòng các huyện ủy, thị ủy, thành ủy; Kho bạc Nhà nước; ngân hàng (khi xác minh tài sản).",
        "Yêu cầu cung cấp chứng từ, sổ kế toán; đề xuất thu hồi khoản chi sai.",
        "Đi kiểm tra tại đơn vị; làm việc nhiều với số liệu kế toán.",
        "Tốt nghiệp đại học chuyên ngành kế toán, kiểm toán, tài chính; trung cấp lý luận chính trị trở lên",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên; bồi dưỡng nghiệp vụ kiểm tra tài chính đảng",
        "Có ít nhất 2 năm làm kế toán, kiểm toán hoặc kiểm tra",
        "Trung thực, cẩn trọng với số liệu; " + PARTY_MEMBER.lower(),
        "Sử dụng thành thạo bảng tính, phần mềm kế toán hành chính sự nghiệp; ngoại ngữ bậc 2",
        G_CV + [("CM_KIEM_TRA_DANG", 3), ("CM_KE_TOAN", 3)])


# ---------------------------------------------------------------------------------------------------------------
# Ban Tuyên giáo, Ban Dân vận, Ban Nội chính Tỉnh ủy
# ---------------------------------------------------------------------------------------------------------------

def add_btg_bdv_bnc(d, jd):
    d["HG-BTG:tt_cv"] = jd(
        "Tham mưu tổ chức tuyên truyền các nghị quyết, chỉ thị của Đảng, các ngày lễ lớn và sự kiện chính trị của "
        "tỉnh; nắm bắt dư luận xã hội.",
        [("Dự thảo hướng dẫn, đề cương tuyên truyền các ngày lễ lớn, sự kiện chính trị trong năm.",
          "Hướng dẫn tuyên truyền, đề cương", "Ban hành trước sự kiện ít nhất 20 ngày"),
         ("Tổng hợp tình hình tư tưởng, dư luận xã hội từ mạng lưới cộng tác viên dư luận xã hội.",
          "Báo cáo dư luận xã hội hằng tháng", "Phản ánh đúng, kịp thời vấn đề nổi cộm; có đề xuất"),
         ("Tham mưu tổ chức hội nghị báo cáo viên định kỳ.", "Chương trình, tài liệu hội nghị",
          "Tổ chức đúng tháng; tài liệu có thông tin định hướng"),
         ("Phối hợp phát hiện, đề xuất đấu tranh phản bác thông tin xấu, độc trên không gian mạng.",
          "Báo cáo, bài phản bác đề xuất đăng tải", "Trong 24 giờ với thông tin nóng")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Tuyên truyền – Báo chí; phối hợp chuyên viên quản lý báo chí.",
        "Sở Thông tin và Truyền thông; Báo Hậu Giang, Đài Phát thanh – Truyền hình tỉnh; ban tuyên giáo cấp huyện.",
        "Đề xuất nội dung định hướng thông tin; yêu cầu cấp huyện báo cáo dư luận xã hội.",
        "Làm việc tại trụ sở; trực theo dõi thông tin ngoài giờ khi có sự kiện.",
        "Tốt nghiệp đại học trở lên chuyên ngành báo chí, tuyên truyền, khoa học xã hội; trung cấp lý luận chính "
        "trị trở lên",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên; bồi dưỡng nghiệp vụ tuyên giáo",
        "Có ít nhất 1 năm công tác tuyên truyền hoặc báo chí",
        "Nhạy bén chính trị, viết tốt; " + PARTY_MEMBER.lower(),
        "Khai thác công cụ theo dõi mạng xã hội; sử dụng thành thạo phần mềm văn phòng; ngoại ngữ bậc 2",
        G_CV + [("CHUNG_GIAO_TIEP", 3), ("CM_TUYEN_GIAO", 3)])

    d["HG-BTG:bc_cv"] = jd(
        "Tham mưu lãnh đạo, chỉ đạo, định hướng và quản lý hoạt động báo chí, xuất bản trên địa bàn tỉnh theo phân "
        "cấp của Ban Tuyên giáo Trung ương.",
        [("Chuẩn bị nội dung giao ban báo chí định kỳ hằng tháng.", "Báo cáo giao ban, thông báo kết luận",
          "Tổng hợp đủ phản ánh, vi phạm của các cơ quan báo chí trong tháng"),
         ("Theo dõi, đánh giá nội dung Báo Hậu Giang, Đài Phát thanh – Truyền hình tỉnh và trang thông tin điện tử.",
          "Phiếu theo dõi, báo cáo đánh giá", "Phát hiện sai sót chính trị trong 48 giờ"),
         ("Thẩm định, đề xuất cho phép xuất bản ấn phẩm có nội dung chính trị, lịch sử Đảng bộ.", "Văn bản thẩm định",
          "Đúng quan điểm, có nguồn tài liệu xác thực"),
         ("Tham mưu xét tặng giải báo chí về xây dựng Đảng của tỉnh.", "Kế hoạch, kết quả chấm giải",
          "Đúng thể lệ; công khai kết quả")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Tuyên truyền – Báo chí; phối hợp Phòng Lý luận chính trị – Khoa giáo.",
        "Các cơ quan báo chí của tỉnh, Hội Nhà báo tỉnh, Sở Thông tin và Truyền thông, cơ quan thường trú báo Trung "
        "ương.",
        "Đề xuất nhắc nhở, phê bình cơ quan báo chí; đề xuất xử lý vi phạm qua Sở Thông tin và Truyền thông.",
        "Đọc, nghe, xem báo chí hằng ngày; trực khi có sự cố truyền thông.",
        "Tốt nghiệp đại học trở lên chuyên ngành báo chí, truyền thông; cao cấp lý luận chính trị",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính",
        "Có ít nhất 5 năm làm báo chí hoặc quản lý báo chí",
        "Bản lĩnh chính trị, khách quan; " + PARTY_MEMBER.lower(),
        "Sử dụng thành thạo công cụ giám sát báo chí điện tử; ngoại ngữ bậc 3",
        G_CVC + [("CHUNG_GIAO_TIEP", 4), ("CM_TUYEN_GIAO", 4), ("CM_BAO_CHI", 3)])

    d["HG-BDV:dv_cv"] = jd(
        "Tham mưu công tác dân vận của các cơ quan nhà nước, thực hiện quy chế dân chủ ở cơ sở và phong trào thi "
        "đua \"Dân vận khéo\" trong tỉnh.",
        [("Theo dõi việc thực hiện Luật Thực hiện dân chủ ở cơ sở tại các sở, ngành và huyện.",
          "Báo cáo 6 tháng, năm", "Có số liệu đối thoại, tiếp dân; nêu đơn vị làm tốt, chưa tốt"),
         ("Tham mưu kế hoạch, tiêu chí bình chọn mô hình \"Dân vận khéo\" các cấp.", "Kế hoạch, danh sách mô hình",
          "Mô hình có minh chứng hiệu quả; công bố trước ngày 15/10"),
         ("Nắm tình hình nhân dân ở địa bàn có dự án thu hồi đất, khiếu kiện đông người.", "Báo cáo nhanh",
          "Trong 24 giờ khi có diễn biến phức tạp; có đề xuất vận động"),
         ("Phối hợp Ủy ban MTTQ tỉnh, các đoàn thể trong các cuộc vận động lớn.", "Biên bản, chương trình phối hợp",
          "Đúng chương trình phối hợp đã ký")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Dân vận – Dân tộc, Tôn giáo; phối hợp chuyên viên dân tộc, tôn giáo.",
        "Ban cán sự đảng UBND tỉnh, các sở, ngành; Ủy ban MTTQ và đoàn thể tỉnh; ban dân vận cấp huyện.",
        "Đề xuất kiểm tra việc thực hiện quy chế dân chủ; yêu cầu báo cáo tình hình nhân dân.",
        "Đi cơ sở thường xuyên; có thể làm việc ngoài giờ khi có vụ việc.",
        "Tốt nghiệp đại học trở lên chuyên ngành khoa học xã hội, luật, hành chính; trung cấp lý luận chính trị trở "
        "lên",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên",
        "Có ít nhất 1 năm công tác dân vận, Mặt trận hoặc đoàn thể",
        "Gần dân, kiên nhẫn, biết lắng nghe; " + PARTY_MEMBER.lower(),
        IT_BASIC + "; biết tiếng Khmer là một lợi thế",
        G_CV + [("CHUNG_GIAO_TIEP", 3), ("CM_DAN_VAN", 3)])

    d["HG-BNC:nc_cv"] = jd(
        "Tham mưu Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo các cơ quan nội chính, theo dõi vụ án, vụ việc và công tác "
        "cải cách tư pháp trên địa bàn tỉnh.",
        [("Theo dõi, tổng hợp tình hình an ninh chính trị, trật tự an toàn xã hội và hoạt động tư pháp.",
          "Báo cáo tháng, quý", "Số liệu khớp với các cơ quan tư pháp; có nhận định"),
         ("Nghiên cứu hồ sơ vụ án, vụ việc thuộc diện Ban Thường vụ theo dõi, chỉ đạo; đề xuất hướng xử lý.",
          "Báo cáo đề xuất", "Có căn cứ pháp lý; đúng thời hạn họp Ban Chỉ đạo"),
         ("Tham gia đoàn kiểm tra, giám sát việc thực hiện chủ trương về công tác nội chính.",
          "Báo cáo kết quả kiểm tra phần được giao", "Đúng kế hoạch đoàn"),
         ("Theo dõi việc giải quyết khiếu nại, tố cáo phức tạp, kéo dài.", "Sổ theo dõi, báo cáo",
          "Không bỏ sót vụ việc đông người")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Nội chính – Phòng, chống tham nhũng, tiêu cực.",
        "Công an tỉnh, Viện Kiểm sát, Tòa án nhân dân tỉnh, Cục Thi hành án dân sự, Thanh tra tỉnh.",
        "Đề nghị cơ quan tư pháp báo cáo tiến độ vụ án, vụ việc theo quy chế phối hợp.",
        "Làm việc với hồ sơ mật; tham gia họp liên ngành.",
        "Tốt nghiệp đại học trở lên chuyên ngành luật hoặc an ninh; trung cấp lý luận chính trị trở lên",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên",
        "Có ít nhất 2 năm làm công tác pháp luật, tư pháp hoặc thanh tra",
        "Liêm chính, bản lĩnh, giữ bí mật; " + PARTY_MEMBER.lower(),
        IT_BASIC + "; ngoại ngữ bậc 2",
        G_CV + [("CM_NOI_CHINH", 3)])


# ---------------------------------------------------------------------------------------------------------------
# Văn phòng Tỉnh ủy
# ---------------------------------------------------------------------------------------------------------------

def add_vptu(d, jd):
    d["HG-VPTU:cvp"] = jd(
        "Lãnh đạo Văn phòng Tỉnh ủy tham mưu tổng hợp, điều phối hoạt động của Tỉnh ủy, Ban Thường vụ, Thường trực "
        "Tỉnh ủy và bảo đảm hậu cần, tài chính, tài sản của Đảng bộ tỉnh.",
        [("Chỉ đạo xây dựng chương trình làm việc toàn khóa, năm, quý của Tỉnh ủy, Ban Thường vụ Tỉnh ủy.",
          "Chương trình làm việc được ban hành", "Đúng quy chế làm việc; cập nhật khi có chỉ đạo mới"),
         ("Tổ chức phục vụ hội nghị Tỉnh ủy, Ban Thường vụ, Thường trực Tỉnh ủy.", "Tài liệu hội nghị, thông báo kết "
          "luận", "Tài liệu gửi trước ít nhất 3 ngày; thông báo kết luận trong 5 ngày làm việc"),
         ("Chỉ đạo lập dự toán, quản lý ngân sách, tài sản của Đảng bộ tỉnh.", "Dự toán, quyết toán năm",
          "Không có khoản chi sai chế độ bị kiểm tra tài chính kết luận"),
         ("Chỉ đạo công tác văn thư, lưu trữ, cơ yếu, công nghệ thông tin của các cơ quan Đảng tỉnh.",
          "Quy chế, báo cáo chuyên đề", "Hệ thống văn bản điện tử vận hành liên tục; an toàn thông tin"),
         ("Trực tiếp đảm nhận vị trí chuyên môn kiêm: chuyên viên tổng hợp, theo dõi thực hiện nghị quyết.",
          "Báo cáo tổng hợp được giao", "Đạt yêu cầu vị trí chuyên môn kiêm nhiệm")],
        "Lãnh đạo các Phó Chánh Văn phòng và các phòng; phối hợp các ban đảng, Ủy ban Kiểm tra Tỉnh ủy.",
        "Văn phòng Trung ương Đảng; Văn phòng Đoàn ĐBQH và HĐND tỉnh, Văn phòng UBND tỉnh; văn phòng cấp ủy cấp huyện.",
        "Ký văn bản thừa lệnh Ban Thường vụ theo quy chế; quyết định chi tiêu trong dự toán được duyệt; bố trí xe, "
        "phương tiện phục vụ lãnh đạo.",
        "Làm việc tại trụ sở Tỉnh ủy; thường xuyên ngoài giờ khi có hội nghị, sự kiện.",
        "Tốt nghiệp đại học trở lên; cao cấp lý luận chính trị",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên cao cấp; bồi dưỡng cán bộ lãnh đạo cấp tỉnh",
        "Có ít nhất 5 năm giữ chức vụ lãnh đạo cấp phòng trở lên trong cơ quan tham mưu tổng hợp",
        "Điềm tĩnh, chu đáo, giữ bí mật; là Tỉnh ủy viên",
        IT_BASIC + "; chỉ đạo chuyển đổi số; ngoại ngữ bậc 3 (B1)",
        G_LEAD5 + [("CM_TONG_HOP", 5), ("CM_KE_TOAN", 3)] + MGMT_HEAD)

    d["HG-VPTU:th_cv"] = jd(
        "Tổng hợp thông tin, dự thảo báo cáo và theo dõi, đôn đốc việc thực hiện nghị quyết, kết luận của Tỉnh ủy, "
        "Ban Thường vụ Tỉnh ủy ở các lĩnh vực được phân công.",
        [("Theo dõi tình hình thực hiện nghị quyết ở lĩnh vực được phân công (kinh tế, văn hóa – xã hội hoặc xây dựng "
          "Đảng).", "Sổ theo dõi, bảng đôn đốc", "Cập nhật hằng tháng; cảnh báo việc quá hạn"),
         ("Dự thảo báo cáo tháng, quý, năm của Ban Thường vụ Tỉnh ủy phần được giao.", "Dự thảo báo cáo",
          "Số liệu có nguồn; trình đúng lịch"),
         ("Dự thảo thông báo kết luận của Thường trực, Ban Thường vụ Tỉnh ủy sau các buổi làm việc.",
          "Dự thảo thông báo kết luận", "Trình trong 3 ngày làm việc; phản ánh đúng ý kiến kết luận"),
         ("Ghi biên bản hội nghị, buổi làm việc của lãnh đạo Tỉnh ủy.", "Biên bản", "Đầy đủ, trung thực, bảo mật")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Tổng hợp; phối hợp các phòng trong Văn phòng.",
        "Các ban đảng, đảng đoàn, ban cán sự đảng, huyện ủy, thị ủy, thành ủy (thu thập báo cáo).",
        "Đề nghị cơ quan, đơn vị cung cấp báo cáo, số liệu; đề xuất đôn đốc việc chậm thực hiện.",
        "Làm việc tại trụ sở; thường xuyên làm thêm giờ khi chuẩn bị hội nghị.",
        "Tốt nghiệp đại học trở lên chuyên ngành kinh tế, luật, khoa học xã hội hoặc phù hợp lĩnh vực theo dõi; "
        "trung cấp lý luận chính trị trở lên",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên",
        "Có ít nhất 2 năm công tác tham mưu tổng hợp",
        "Tư duy tổng hợp, viết mạch lạc, giữ bí mật; " + PARTY_MEMBER.lower(),
        IT_BASIC + "; khai thác số liệu bằng bảng tính; ngoại ngữ bậc 2",
        G_CV + [("CM_TONG_HOP", 3)])

    d["HG-VPTU:tc_kt"] = jd(
        "Thực hiện công tác kế toán ngân sách đảng của cơ quan Tỉnh ủy theo Luật Kế toán và chế độ tài chính đảng.",
        [("Lập, kiểm tra chứng từ thu, chi; hạch toán trên phần mềm kế toán.", "Chứng từ, sổ kế toán",
          "Đúng chế độ; không sai sót khi kiểm tra tài chính"),
         ("Lập dự toán ngân sách năm của cơ quan Tỉnh ủy phần được giao.", "Dự toán năm",
          "Đúng định mức; nộp Phòng đúng thời hạn"),
         ("Đối chiếu với Kho bạc Nhà nước, ngân hàng; lập báo cáo quyết toán.", "Bảng đối chiếu, báo cáo quyết toán",
          "Khớp số liệu; nộp đúng hạn"),
         ("Theo dõi tài sản cố định, công cụ dụng cụ; phối hợp kiểm kê cuối năm.", "Sổ tài sản, biên bản kiểm kê",
          "Khớp sổ sách với thực tế")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Tài chính – Quản trị; phối hợp thủ quỹ, chuyên viên quản lý tài chính "
        "đảng.",
        "Kho bạc Nhà nước tỉnh; ngân hàng; nhà cung cấp hàng hóa, dịch vụ.",
        "Từ chối thanh toán chứng từ không hợp lệ; đề nghị bổ sung hồ sơ thanh toán.",
        "Làm việc tại phòng tài vụ; cao điểm cuối quý, cuối năm.",
        "Tốt nghiệp đại học chuyên ngành kế toán hoặc tài chính",
        "Bồi dưỡng kế toán trưởng là một lợi thế; bồi dưỡng kiến thức quản lý nhà nước",
        "Có ít nhất 1 năm làm kế toán hành chính sự nghiệp",
        "Trung thực, cẩn thận; chấp hành nghiêm kỷ luật tài chính",
        "Sử dụng thành thạo phần mềm kế toán hành chính sự nghiệp, dịch vụ công trực tuyến của Kho bạc",
        G_CV + [("CM_KE_TOAN", 3)])

    d["HG-VPTU:hc_lt"] = jd(
        "Thu thập, chỉnh lý, bảo quản và phục vụ khai thác tài liệu lưu trữ của Tỉnh ủy và các cơ quan Đảng cấp "
        "tỉnh tại Lưu trữ Tỉnh ủy.",
        [("Hướng dẫn, thu nhận hồ sơ, tài liệu đến hạn nộp lưu của các ban đảng.", "Biên bản giao nhận, mục lục hồ sơ",
          "Đúng thời hạn, thành phần theo Quy định 270-QĐ/TW"),
         ("Chỉnh lý, xác định giá trị tài liệu; lập mục lục, cơ sở dữ liệu tra cứu.", "Hồ sơ đã chỉnh lý, mục lục",
          "Đạt yêu cầu nghiệp vụ chỉnh lý; dữ liệu tra cứu đầy đủ"),
         ("Bảo quản tài liệu: kiểm tra kho, nhiệt độ, độ ẩm, phòng cháy.", "Sổ kiểm tra kho",
          "Không để tài liệu hư hỏng, thất lạc"),
         ("Phục vụ khai thác tài liệu theo thẩm quyền cho phép.", "Phiếu yêu cầu, sổ khai thác",
          "Đúng thủ tục; tài liệu mật có phê duyệt")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Hành chính – Lưu trữ; phối hợp bộ phận văn thư.",
        "Văn thư các ban đảng; Cục Lưu trữ Văn phòng Trung ương Đảng (nghiệp vụ).",
        "Từ chối nhận hồ sơ chưa đúng yêu cầu; từ chối khai thác không đủ thủ tục.",
        "Làm việc trong kho lưu trữ; tiếp xúc bụi, hóa chất bảo quản.",
        "Tốt nghiệp đại học chuyên ngành lưu trữ học hoặc văn thư – lưu trữ",
        "Bồi dưỡng nghiệp vụ lưu trữ cơ quan Đảng",
        "Không yêu cầu; ưu tiên đã làm lưu trữ 1 năm",
        "Cẩn thận, ngăn nắp, giữ bí mật",
        "Sử dụng phần mềm quản lý tài liệu lưu trữ, số hóa tài liệu",
        G_CV + [("CM_VAN_THU_LUU_TRU", 3)])

    d["HG-VPTU:tc_lx"] = jd(
        "Lái xe phục vụ Thường trực Tỉnh ủy, lãnh đạo các ban đảng và các đoàn công tác bảo đảm an toàn, đúng giờ.",
        [("Nhận lệnh điều xe, chuẩn bị xe trước mỗi chuyến công tác.", "Xe sẵn sàng, sổ nhật trình",
          "Có mặt trước giờ xuất phát 15 phút"),
         ("Lái xe đưa đón lãnh đạo, đoàn công tác theo lộ trình.", "Chuyến công tác hoàn thành",
          "An toàn tuyệt đối; chấp hành Luật Giao thông đường bộ"),
         ("Bảo dưỡng, vệ sinh xe; báo cáo hư hỏng.", "Sổ bảo dưỡng", "Xe đủ điều kiện kỹ thuật; báo hỏng trong ngày"),
         ("Quyết toán nhiên liệu theo định mức.", "Phiếu nhiên liệu, nhật trình", "Đúng định mức, có xác nhận")],
        "Chịu sự điều hành của lãnh đạo Phòng Tài chính – Quản trị.",
        "Gara sửa chữa, cơ quan đăng kiểm.",
        "Từ chối vận hành xe không bảo đảm an toàn kỹ thuật.",
        "Làm việc ngoài giờ, ngày nghỉ theo lịch công tác; đi tỉnh ngoài.",
        "Tốt nghiệp trung học phổ thông trở lên",
        "Giấy phép lái xe hạng phù hợp (hạng D trở lên đối với xe khách nhỏ)",
        "Có ít nhất 3 năm lái xe an toàn",
        "Kín đáo, giữ bí mật thông tin nghe được trên xe; sức khỏe tốt",
        "Sử dụng điện thoại thông minh, ứng dụng bản đồ",
        G_SUP + [("CM_HAU_CAN_PHUC_VU", 2)])

    d["HG-VPTU:tc_bv"] = jd(
        "Bảo vệ an ninh, an toàn trụ sở Tỉnh ủy và phục vụ hội nghị, khách đến làm việc.",
        [("Trực bảo vệ theo ca, kiểm soát người, phương tiện ra vào trụ sở.", "Sổ trực, sổ khách",
          "Không để người không phận sự vào khu làm việc"),
         ("Tuần tra, kiểm tra phòng cháy chữa cháy, điện, nước cuối ngày.", "Sổ tuần tra", "Phát hiện, báo cáo sự cố kịp thời"),
         ("Chuẩn bị hội trường, nước uống, phục vụ hội nghị.", "Hội trường sẵn sàng", "Trước giờ họp 30 phút"),
         ("Vệ sinh khuôn viên, chăm sóc cây xanh theo phân công.", "Khuôn viên sạch", "Theo lịch tuần")],
        "Chịu sự điều hành của lãnh đạo Phòng Tài chính – Quản trị.",
        "Công an phường (phối hợp bảo vệ); khách đến làm việc.",
        "Yêu cầu xuất trình giấy tờ; từ chối cho vào trụ sở khi không đủ điều kiện.",
        "Làm việc theo ca, kể cả ban đêm, ngày lễ.",
        "Tốt nghiệp trung học phổ thông",
        "Chứng nhận huấn luyện phòng cháy chữa cháy",
        "Không yêu cầu; ưu tiên đã phục vụ trong quân đội, công an",
        "Trung thực, lịch sự, tinh thần trách nhiệm",
        "Sử dụng camera giám sát, điện thoại",
        G_SUP + [("CM_HAU_CAN_PHUC_VU", 1)])

    d["HG-VPTU:tc_tq"] = jd(
        "Quản lý tiền mặt của cơ quan Tỉnh ủy; thu, chi tiền mặt theo chứng từ đã được duyệt (vị trí kiêm nhiệm).",
        [("Thu, chi tiền mặt theo phiếu thu, phiếu chi đã ký duyệt.", "Sổ quỹ tiền mặt", "Đúng chứng từ, đúng số tiền"),
         ("Rút, nộp tiền tại Kho bạc, ngân hàng.", "Giấy rút tiền, giấy nộp tiền", "An toàn; đúng thủ tục"),
         ("Kiểm kê quỹ cuối tháng cùng kế toán.", "Biên bản kiểm kê quỹ", "Tồn quỹ thực tế khớp sổ")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Tài chính – Quản trị; đối chiếu với kế toán.",
        "Kho bạc Nhà nước tỉnh, ngân hàng.",
        "Từ chối chi tiền khi chứng từ chưa đủ chữ ký.",
        "Quản lý két sắt; kiêm nhiệm bên cạnh vị trí chính của người đảm nhận.",
        "Tốt nghiệp trung cấp trở lên",
        "Không yêu cầu",
        "Không yêu cầu",
        "Trung thực tuyệt đối, cẩn thận",
        "Sử dụng phần mềm văn phòng cơ bản",
        [("CHUNG_DAO_DUC", 2), ("CHUNG_TO_CHUC", 2), ("CHUNG_CNTT", 1), ("CM_KE_TOAN", 2)])


# ---------------------------------------------------------------------------------------------------------------
# Mặt trận, đoàn thể, Báo, Trường Chính trị
# ---------------------------------------------------------------------------------------------------------------

def add_front_and_units(d, jd):
    d["HG-MTTQ:gs_cv"] = jd(
        "Tham mưu tổ chức hoạt động giám sát, phản biện xã hội của Ủy ban MTTQ Việt Nam tỉnh và hướng dẫn Mặt trận "
        "cấp huyện, cấp xã thực hiện.",
        [("Dự thảo chương trình giám sát, phản biện xã hội hằng năm của Ủy ban MTTQ tỉnh.",
          "Chương trình giám sát năm", "Có chủ đề gắn với vấn đề dân sinh bức xúc; thông qua trước tháng 3"),
         ("Tham gia đoàn giám sát chuyên đề; dự thảo báo cáo, văn bản kiến nghị sau giám sát.",
          "Báo cáo, văn bản kiến nghị", "Kiến nghị cụ thể, có địa chỉ; gửi trong 15 ngày sau giám sát"),
         ("Tổ chức hội nghị phản biện dự thảo nghị quyết, đề án của tỉnh.", "Văn bản phản biện",
          "Tổng hợp đủ ý kiến chuyên gia, nhân dân; đúng thời hạn đề nghị"),
         ("Theo dõi việc tiếp thu, giải trình kiến nghị của cơ quan được giám sát.", "Sổ theo dõi kiến nghị",
          "Cập nhật hằng quý; đề xuất tái giám sát khi cần")],
        "Chịu sự chỉ đạo của lãnh đạo Ban Phong trào – Dân chủ, Pháp luật; phối hợp chuyên viên công tác Mặt trận "
        "và Văn phòng.",
        "Các sở, ngành, HĐND tỉnh; các tổ chức chính trị - xã hội; Ủy ban MTTQ cấp huyện.",
        "Đề nghị cơ quan được giám sát cung cấp thông tin; đề xuất kiến nghị xử lý.",
        "Đi cơ sở theo đoàn giám sát; làm việc với nhiều nhóm dân cư.",
        "Tốt nghiệp đại học trở lên chuyên ngành luật, hành chính, khoa học xã hội; trung cấp lý luận chính trị trở "
        "lên",
        "Bồi dưỡng nghiệp vụ công tác Mặt trận; bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên",
        "Có ít nhất 1 năm công tác Mặt trận, đoàn thể hoặc pháp luật",
        "Khách quan, mạnh dạn nêu ý kiến; gần dân",
        IT_BASIC + "; ngoại ngữ bậc 2",
        G_CV + [("CHUNG_GIAO_TIEP", 3), ("CM_CONG_TAC_MAT_TRAN", 3)])

    d["HG-TD:cv"] = jd(
        "Tham mưu tổ chức các phong trào hành động cách mạng của Đoàn, công tác xây dựng Đoàn và công tác đội, "
        "phong trào thiếu nhi trong tỉnh.",
        [("Xây dựng kế hoạch tổ chức Tháng Thanh niên, chiến dịch tình nguyện hè.", "Kế hoạch, báo cáo tổng kết",
          "Ban hành trước chiến dịch 30 ngày; số liệu công trình, phần việc có kiểm chứng"),
         ("Hướng dẫn, kiểm tra công tác đoàn viên, phát triển đoàn viên ở cơ sở.", "Báo cáo kiểm tra",
          "Mỗi năm kiểm tra ít nhất 3 huyện đoàn"),
         ("Theo dõi, tổng hợp tình hình tư tưởng thanh niên.", "Báo cáo quý", "Đúng hạn; có đề xuất định hướng"),
         ("Phối hợp Sở Giáo dục và Đào tạo tổ chức hoạt động Đội Thiếu niên Tiền phong.", "Chương trình phối hợp",
          "Thực hiện đủ nội dung đã ký")],
        "Chịu sự chỉ đạo của Ban Thường vụ Tỉnh đoàn, Trưởng ban Tổ chức – Phong trào.",
        "Huyện đoàn, thị đoàn, thành đoàn; Sở Giáo dục và Đào tạo; các trường đại học, cao đẳng trên địa bàn.",
        "Đề nghị cơ sở đoàn báo cáo; đề xuất khen thưởng tập thể, cá nhân.",
        "Đi cơ sở nhiều; làm việc ngày nghỉ khi có hoạt động.",
        "Tốt nghiệp đại học trở lên; trung cấp lý luận chính trị trở lên",
        "Bồi dưỡng nghiệp vụ công tác Đoàn",
        "Có ít nhất 1 năm làm cán bộ Đoàn cơ sở",
        "Năng động, sáng tạo, có khả năng tập hợp thanh niên; tuổi đời phù hợp quy định về cán bộ Đoàn",
        IT_BASIC + "; sử dụng mạng xã hội trong tuyên truyền; ngoại ngữ bậc 2",
        G_CV + [("CHUNG_GIAO_TIEP", 3), ("CM_CONG_TAC_MAT_TRAN", 3)])

    d["HG-BAO:tbt"] = jd(
        "Lãnh đạo Báo Hậu Giang, chịu trách nhiệm trước Ban Thường vụ Tỉnh ủy và pháp luật về nội dung thông tin, "
        "tài chính, tổ chức của tòa soạn.",
        [("Chỉ đạo kế hoạch tuyên truyền năm, tuyến bài trọng tâm theo định hướng của Ban Tuyên giáo Tỉnh ủy.",
          "Kế hoạch tuyên truyền năm", "Bao quát các sự kiện chính trị lớn của tỉnh"),
         ("Duyệt nội dung số báo in, báo điện tử; quyết định đăng, không đăng bài nhạy cảm.", "Số báo được phát hành",
          "Không có sai sót chính trị; cải chính kịp thời khi sai"),
         ("Chỉ đạo xây dựng tòa soạn hội tụ, chuyển đổi số của Báo.", "Đề án, báo cáo chuyển đổi số",
          "Đạt chỉ tiêu lượt truy cập, nội dung đa phương tiện"),
         ("Quản lý tài chính theo cơ chế tự chủ nhóm 3; đặt hàng từ ngân sách.", "Dự toán, báo cáo tài chính",
          "Cân đối thu chi; đúng Nghị định 60/2021/NĐ-CP"),
         ("Trực tiếp đảm nhận vị trí chuyên môn kiêm: biên tập viên.", "Bài được biên tập",
          "Đạt yêu cầu vị trí chuyên môn kiêm nhiệm")],
        "Lãnh đạo Phó Tổng Biên tập, các phòng; phối hợp chi bộ, công đoàn cơ quan.",
        "Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông, Hội Nhà báo tỉnh, các cơ quan báo chí Trung ương.",
        "Quyết định nội dung xuất bản; quyết định các vấn đề tổ chức, tài chính của Báo theo phân cấp.",
        "Làm việc tại tòa soạn; trực duyệt báo ngoài giờ.",
        "Tốt nghiệp đại học trở lên chuyên ngành báo chí hoặc đại học khác có bồi dưỡng nghiệp vụ báo chí; cao cấp "
        "lý luận chính trị",
        "Thẻ nhà báo; bồi dưỡng quản lý báo chí; chức danh biên tập viên hạng I",
        "Có ít nhất 5 năm giữ chức vụ lãnh đạo trong cơ quan báo chí",
        "Bản lĩnh chính trị, nhạy bén thông tin; là đảng viên",
        "Sử dụng thành thạo hệ thống quản trị nội dung, công cụ đa phương tiện; ngoại ngữ bậc 3",
        G_LEAD5 + [("CM_BAO_CHI", 5), ("CM_TUYEN_GIAO", 4)] + MGMT_HEAD)

    d["HG-BAO:ts_pv"] = jd(
        "Khai thác đề tài, viết tin, bài phản ánh hoạt động chính trị, xây dựng Đảng, quốc phòng – an ninh của tỉnh "
        "cho báo in và báo điện tử.",
        [("Đăng ký đề tài tuần với lãnh đạo phòng.", "Phiếu đăng ký đề tài", "Có đề tài gắn với sự kiện chính trị"),
         ("Tác nghiệp tại hội nghị, sự kiện; viết tin nhanh cho báo điện tử.", "Tin đăng trên báo điện tử",
          "Đăng trong 2 giờ sau sự kiện; chính xác"),
         ("Thực hiện bài chuyên đề, phóng sự về xây dựng Đảng, hệ thống chính trị.", "Bài chuyên đề",
          "Ít nhất 2 bài/tháng đạt yêu cầu biên tập"),
         ("Sản xuất ảnh, video ngắn đi kèm bài.", "Sản phẩm đa phương tiện", "Đúng kỹ thuật; có chú thích đủ")],
        "Chịu sự chỉ đạo của lãnh đạo Phòng Thời sự; phối hợp biên tập viên.",
        "Các cơ quan, địa phương là nguồn tin; nhân vật phỏng vấn.",
        "Tác nghiệp theo Luật Báo chí; đề xuất đề tài.",
        "Đi cơ sở thường xuyên; làm việc ngoài giờ, ngày lễ.",
        "Tốt nghiệp đại học chuyên ngành báo chí hoặc đại học khác có chứng chỉ nghiệp vụ báo chí",
        "Thẻ nhà báo (sau thời gian tập sự)",
        "Không yêu cầu; ưu tiên có tác phẩm đã đăng",
        "Trung thực, khách quan, tuân thủ đạo đức nghề báo",
        "Sử dụng máy ảnh, phần mềm dựng video, hệ thống quản trị nội dung; ngoại ngữ bậc 2",
        G_CV + [("CHUNG_GIAO_TIEP", 3), ("CM_BAO_CHI", 3)])

    d["HG-BAO:dt_btv"] = jd(
        "Biên tập, xuất bản nội dung trên Báo Hậu Giang điện tử và các nền tảng số của Báo.",
        [("Biên tập tin, bài của phóng viên, cộng tác viên trước khi xuất bản.", "Bài đã biên tập",
          "Không sai chính tả, sai sự thật; đúng quy trình 3 cấp duyệt"),
         ("Trực xuất bản theo ca; cập nhật tin nóng.", "Tin xuất bản", "Trang chủ cập nhật ít nhất 2 giờ/lần"),
         ("Quản lý trang mạng xã hội của Báo; xử lý bình luận vi phạm.", "Nhật ký quản trị",
          "Gỡ bình luận vi phạm trong 1 giờ"),
         ("Theo dõi số liệu truy cập, đề xuất điều chỉnh nội dung.", "Báo cáo truy cập tuần",
          "Có phân tích, đề xuất cụ thể")],
        "Chịu sự chỉ đạo của Trưởng phòng Báo điện tử; phối hợp các phòng nội dung.",
        "Nhà cung cấp hạ tầng, dịch vụ; Sở Thông tin và Truyền thông về an toàn thông tin.",
        "Từ chối xuất bản bài chưa đủ cấp duyệt; đề xuất gỡ bài sai.",
        "Làm việc theo ca, kể cả đêm và ngày nghỉ.",
        "Tốt nghiệp đại học chuyên ngành báo chí, truyền thông đa phương tiện",
        "Thẻ nhà báo",
        "Có ít nhất 1 năm làm báo điện tử",
        "Cẩn trọng, nhạy bén, chịu áp lực thời gian",
        "Thành thạo hệ thống quản trị nội dung, công cụ phân tích truy cập; ngoại ngữ bậc 2",
        G_CV + [("CM_BAO_CHI", 3)])

    d["HG-TCT:ht"] = jd(
        "Lãnh đạo Trường Chính trị tỉnh thực hiện nhiệm vụ đào tạo, bồi dưỡng lý luận chính trị, nghiệp vụ cho "
        "cán bộ, công chức, viên chức của tỉnh.",
        [("Chỉ đạo xây dựng kế hoạch đào tạo, bồi dưỡng năm trình Ban Thường vụ Tỉnh ủy.", "Kế hoạch đào tạo năm",
          "Đáp ứng quy hoạch cán bộ; được phê duyệt đúng hạn"),
         ("Chỉ đạo đổi mới nội dung, phương pháp giảng dạy; gắn lý luận với thực tiễn Hậu Giang.",
          "Chương trình, bài giảng được cập nhật", "Cập nhật nghị quyết mới trong học kỳ kế tiếp"),
         ("Chỉ đạo nghiên cứu khoa học, tổng kết thực tiễn.", "Đề tài, hội thảo", "Ít nhất 1 đề tài cấp tỉnh/2 năm"),
         ("Đánh giá, công nhận trường đạt chuẩn theo Quy định 09-QĐ/TW.", "Báo cáo tự đánh giá",
          "Duy trì chuẩn mức 1 trở lên"),
         ("Trực tiếp đảm nhận vị trí chuyên môn kiêm: giảng viên chính lý luận chính trị.",
          "Số tiết giảng theo định mức lãnh đạo", "Đạt định mức giảng dạy của lãnh đạo trường")],
        "Lãnh đạo Phó Hiệu trưởng, các phòng, khoa.",
        "Ban Tổ chức, Ban Tuyên giáo Tỉnh ủy; Học viện Chính trị khu vực IV; các huyện ủy, thị ủy, thành ủy.",
        "Quyết định mở lớp, cấp bằng trung cấp lý luận chính trị theo phân cấp; quyết định tổ chức, tài chính của "
        "trường theo quy chế.",
        "Làm việc tại trường; giảng dạy và đi thực tế.",
        "Tốt nghiệp thạc sĩ trở lên; cao cấp lý luận chính trị",
        "Chứng chỉ nghiệp vụ sư phạm; chức danh giảng viên cao cấp hoặc giảng viên chính",
        "Có ít nhất 5 năm giữ chức vụ lãnh đạo khoa, phòng trở lên",
        "Mẫu mực, có uy tín chuyên môn; là đảng viên",
        "Sử dụng thành thạo công nghệ thông tin trong giảng dạy; ngoại ngữ bậc 3",
        G_LEAD5 + [("CM_GIANG_DAY_LLCT", 5)] + MGMT_HEAD)

    d["HG-TCT:xdd_gv"] = jd(
        "Giảng dạy các học phần xây dựng Đảng chương trình trung cấp lý luận chính trị và bồi dưỡng cán bộ; nghiên "
        "cứu khoa học theo kế hoạch của khoa.",
        [("Soạn, cập nhật bài giảng các chuyên đề được phân công.", "Bài giảng, giáo án điện tử",
          "Được khoa thông qua; cập nhật văn kiện mới"),
         ("Giảng dạy lớp trung cấp, sơ cấp lý luận chính trị tại trường và các huyện.", "Số tiết giảng",
          "Đạt định mức giờ chuẩn; phiếu lấy ý kiến học viên đạt khá trở lên"),
         ("Hướng dẫn học viên viết tiểu luận, đi thực tế.", "Tiểu luận được chấm", "Đúng hạn, đúng đáp án"),
         ("Tham gia đề tài khoa học, hội thảo của khoa, trường.", "Bài viết, báo cáo khoa học",
          "Ít nhất 1 bài viết/năm")],
        "Chịu sự chỉ đạo của lãnh đạo Khoa Xây dựng Đảng; phối hợp Phòng Tổ chức – Hành chính – Quản lý đào tạo.",
        "Trung tâm chính trị cấp huyện; cơ quan cử cán bộ đi học; địa phương đón đoàn thực tế.",
        "Đánh giá kết quả học tập của học viên; đề xuất điều chỉnh chương trình.",
        "Giảng dạy tại trường và các điểm lớp ở huyện.",
        "Tốt nghiệp thạc sĩ trở lên chuyên ngành phù hợp (xây dựng Đảng, triết học, chính trị học); cao cấp hoặc "
        "trung cấp lý luận chính trị",
        "Chứng chỉ nghiệp vụ sư phạm dành cho giảng viên",
        "Không yêu cầu; giảng viên mới phải qua tập sự",
        "Có phẩm chất nhà giáo; là đảng viên",
        "Sử dụng máy chiếu, phần mềm trình chiếu, học trực tuyến; ngoại ngữ bậc 3",
        G_CV + [("CHUNG_GIAO_TIEP", 3), ("CM_GIANG_DAY_LLCT", 3)])


# ---------------------------------------------------------------------------------------------------------------
# District level (no CVC tier in professional groups: grade 01.003)
# ---------------------------------------------------------------------------------------------------------------

def add_district(d, jd):
    d["HG-VT-BTC:tb"] = jd(
        "Lãnh đạo Ban Tổ chức Thành ủy Vị Thanh tham mưu Ban Thường vụ Thành ủy về tổ chức bộ máy, cán bộ, đảng viên "
        "của Đảng bộ thành phố.",
        [("Chỉ đạo xây dựng chương trình công tác năm của Ban; phân công Phó Trưởng ban, chuyên viên.",
          "Chương trình công tác năm", "Ban hành trong tháng 1; gắn với nghị quyết Đảng bộ thành phố"),
         ("Chủ trì quy trình nhân sự thuộc diện Ban Thường vụ Thành ủy quản lý.", "Tờ trình nhân sự",
          "Đúng quy định phân cấp quản lý cán bộ của Tỉnh ủy"),
         ("Chỉ đạo sắp xếp tổ chức bộ máy, biên chế của hệ thống chính trị thành phố và các phường, xã.",
          "Đề án, báo cáo sắp xếp", "Không vượt biên chế được giao; đúng lộ trình tinh giản"),
         ("Trực tiếp đảm nhận vị trí chuyên môn kiêm: chuyên viên tổ chức – cán bộ.", "Hồ sơ, văn bản chuyên môn",
          "Đạt yêu cầu vị trí chuyên môn kiêm nhiệm")],
        "Lãnh đạo Phó Trưởng ban và chuyên viên; phối hợp Văn phòng, Ủy ban Kiểm tra Thành ủy.",
        "Ban Tổ chức Tỉnh ủy; Phòng Nội vụ thành phố; đảng ủy các phường, xã và chi, đảng bộ trực thuộc.",
        "Ký văn bản của Ban; đề xuất nhân sự với Ban Thường vụ Thành ủy.",
        "Làm việc tại trụ sở Thành ủy; đi cơ sở thường xuyên.",
        "Tốt nghiệp đại học trở lên; cao cấp lý luận chính trị",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính",
        "Có ít nhất 3 năm giữ chức vụ lãnh đạo cấp phòng hoặc cấp ủy cơ sở",
        "Công tâm, khách quan; là Ủy viên Ban Thường vụ Thành ủy",
        IT_BASIC + "; ngoại ngữ bậc 2",
        G_LEAD4 + [("CM_TO_CHUC_CAN_BO", 4)] + MGMT_DISTRICT_HEAD)

    d["HG-VT-BTC:tccb"] = jd(
        "Tham mưu công tác tổ chức bộ máy, cán bộ, đảng viên và quản lý hồ sơ cán bộ thuộc diện Ban Thường vụ Thành "
        "ủy Vị Thanh quản lý.",
        [("Quản lý, bổ sung hồ sơ cán bộ diện Ban Thường vụ Thành ủy quản lý.", "Hồ sơ cán bộ được cập nhật",
          "Bổ sung trong 10 ngày khi có biến động"),
         ("Dự thảo tờ trình, quyết định về điều động, bổ nhiệm, luân chuyển cán bộ.", "Dự thảo văn bản nhân sự",
          "Đúng thể thức, căn cứ; không phải trả lại"),
         ("Tổng hợp đánh giá, xếp loại cán bộ cuối năm của thành phố.", "Báo cáo tổng hợp", "Đúng hạn báo cáo tỉnh"),
         ("Hướng dẫn đảng ủy phường, xã về quy hoạch cán bộ cơ sở.", "Văn bản hướng dẫn, buổi làm việc",
          "Mỗi đơn vị được hướng dẫn ít nhất 1 lần/nhiệm kỳ quy hoạch")],
        "Chịu sự chỉ đạo của lãnh đạo Ban; phối hợp Văn phòng Thành ủy (hồ sơ, văn thư) và Ủy ban Kiểm tra Thành ủy "
        "(ý kiến về kỷ luật, đơn thư khi thẩm định nhân sự).",
        "Đảng ủy các phường, xã; Phòng Nội vụ thành phố; Ban Tổ chức Tỉnh ủy (nghiệp vụ).",
        "Đề nghị cơ sở hoàn thiện hồ sơ; đề xuất ý kiến thẩm định nhân sự.",
        "Quản lý hồ sơ mật; đi cơ sở khi có đợt quy hoạch, kiện toàn.",
        "Tốt nghiệp đại học trở lên; trung cấp lý luận chính trị trở lên",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên",
        "Có ít nhất 1 năm công tác trong cơ quan Đảng, Nhà nước hoặc cấp ủy cơ sở",
        "Kín đáo, khách quan; " + PARTY_MEMBER.lower(),
        IT_BASIC + "; phần mềm quản lý cán bộ",
        G_CV + [("CM_TO_CHUC_CAN_BO", 3)])

    d["HG-PH-UBKT:pcn"] = jd(
        "Giúp Chủ nhiệm điều hành hoạt động kiểm tra, giám sát của Ủy ban Kiểm tra Huyện ủy Phụng Hiệp ở các lĩnh "
        "vực, địa bàn được phân công.",
        [("Chỉ đạo đoàn kiểm tra, giám sát theo chương trình và khi có dấu hiệu vi phạm ở địa bàn phụ trách.",
          "Báo cáo kết quả kiểm tra trình Ủy ban", "Đúng thời gian quyết định; kết luận có căn cứ"),
         ("Chủ trì giải quyết đơn thư tố cáo đảng viên thuộc thẩm quyền.", "Kết luận giải quyết tố cáo",
          "Đúng thời hạn theo Quy định 22-QĐ/TW"),
         ("Hướng dẫn nghiệp vụ kiểm tra cho ủy ban kiểm tra đảng ủy xã, thị trấn.", "Buổi tập huấn, tài liệu",
          "Ít nhất 1 lần/năm"),
         ("Trực tiếp đảm nhận vị trí chuyên môn kiêm: chuyên viên kiểm tra, giám sát.", "Hồ sơ vụ việc được giao",
          "Đạt yêu cầu vị trí chuyên môn kiêm nhiệm")],
        "Chịu sự phân công của Chủ nhiệm; phối hợp Phó Chủ nhiệm khác, chuyên viên.",
        "Đảng ủy các xã, thị trấn; Thanh tra huyện; Công an huyện; Ủy ban Kiểm tra Tỉnh ủy (nghiệp vụ).",
        "Ký văn bản theo ủy quyền; đề nghị tổ chức đảng, đảng viên cung cấp tài liệu.",
        "Đi cơ sở theo đoàn; tiếp xúc vụ việc phức tạp.",
        "Tốt nghiệp đại học trở lên chuyên ngành luật, kinh tế hoặc xây dựng Đảng; cao cấp hoặc trung cấp lý luận "
        "chính trị",
        "Bồi dưỡng nghiệp vụ kiểm tra đảng; bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính",
        "Có ít nhất 3 năm làm công tác kiểm tra",
        "Liêm chính, khách quan; là Ủy viên Ban Chấp hành Đảng bộ huyện",
        IT_BASIC + "; ngoại ngữ bậc 2",
        G_LEAD4 + [("CM_KIEM_TRA_DANG", 4)] + MGMT_UNIT)

    d["HG-PH-UBKT:kt"] = jd(
        "Thẩm tra, xác minh phục vụ kiểm tra, giám sát tổ chức đảng và đảng viên thuộc Đảng bộ huyện Phụng Hiệp; "
        "kiểm tra tài chính đảng ở cơ sở.",
        [("Giúp đoàn kiểm tra thu thập tài liệu, làm việc với đảng viên được kiểm tra.", "Biên bản, tài liệu",
          "Đủ chứng cứ; đúng quy trình"),
         ("Dự thảo báo cáo kết quả kiểm tra phần được giao.", "Dự thảo báo cáo", "Nêu rõ ưu điểm, vi phạm, nguyên nhân"),
         ("Kiểm tra thu, nộp, quản lý đảng phí ở chi, đảng bộ cơ sở.", "Biên bản kiểm tra đảng phí",
          "Phát hiện đủ sai sót về mức đóng, thời hạn nộp"),
         ("Tiếp nhận, phân loại đơn thư gửi Ủy ban Kiểm tra Huyện ủy.", "Sổ theo dõi đơn thư",
          "Phân loại trong 5 ngày; không bỏ sót đơn thuộc thẩm quyền")],
        "Chịu sự phân công của Phó Chủ nhiệm phụ trách; phối hợp các chuyên viên khác.",
        "Chi bộ, đảng bộ cơ sở; đảng viên và người có liên quan đến vụ việc.",
        "Đề nghị cung cấp tài liệu theo quyết định kiểm tra.",
        "Đi cơ sở ở các xã vùng sâu; công tác theo đoàn.",
        "Tốt nghiệp đại học chuyên ngành luật, kế toán hoặc xây dựng Đảng; trung cấp lý luận chính trị",
        "Bồi dưỡng nghiệp vụ kiểm tra đảng; bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên",
        "Không yêu cầu; người mới được kèm cặp 12 tháng",
        "Khách quan, giữ bí mật; " + PARTY_MEMBER.lower(),
        IT_BASIC,
        G_CV + [("CM_KIEM_TRA_DANG", 3)])

    d["HG-CT-VP:kt"] = jd(
        "Thực hiện công tác kế toán ngân sách đảng của Huyện ủy Châu Thành và hướng dẫn nghiệp vụ tài chính đảng cho "
        "đảng ủy cơ sở.",
        [("Lập dự toán, thanh toán, quyết toán kinh phí hoạt động của Huyện ủy.", "Dự toán, quyết toán",
          "Đúng chế độ; quyết toán được duyệt không xuất toán"),
         ("Hạch toán, ghi sổ, lưu trữ chứng từ kế toán.", "Sổ kế toán", "Cập nhật hằng ngày; khóa sổ cuối tháng"),
         ("Tổng hợp thu, nộp đảng phí của Đảng bộ huyện.", "Báo cáo đảng phí quý", "Khớp số liệu cơ sở"),
         ("Hướng dẫn kế toán đảng ủy xã, thị trấn.", "Buổi hướng dẫn, văn bản", "Cơ sở lập đúng mẫu báo cáo")],
        "Chịu sự chỉ đạo của Chánh Văn phòng; phối hợp chuyên viên tổng hợp, thủ quỹ kiêm nhiệm.",
        "Kho bạc Nhà nước huyện; Phòng Tài chính – Kế hoạch huyện; Văn phòng Tỉnh ủy (nghiệp vụ).",
        "Từ chối thanh toán chứng từ không hợp lệ.",
        "Làm việc tại Văn phòng Huyện ủy; cao điểm cuối năm.",
        "Tốt nghiệp đại học chuyên ngành kế toán",
        "Bồi dưỡng nghiệp vụ tài chính đảng",
        "Có ít nhất 1 năm làm kế toán",
        "Trung thực, cẩn thận",
        "Sử dụng thành thạo phần mềm kế toán hành chính sự nghiệp",
        G_CV + [("CM_KE_TOAN", 3)])

    d["HG-CT-VP:lx"] = jd(
        "Lái xe phục vụ Thường trực Huyện ủy Châu Thành và các ban xây dựng Đảng của huyện đi công tác.",
        [("Chuẩn bị xe theo lệnh điều động của Chánh Văn phòng.", "Xe sẵn sàng", "Đúng giờ, sạch sẽ"),
         ("Lái xe an toàn đến các xã, thị trấn và tỉnh.", "Chuyến công tác", "Không để xảy ra tai nạn, vi phạm"),
         ("Ghi nhật trình, quyết toán nhiên liệu.", "Sổ nhật trình", "Đúng định mức; có xác nhận người đi")],
        "Chịu sự điều hành của Chánh Văn phòng, Phó Chánh Văn phòng phụ trách hành chính.",
        "Cơ sở sửa chữa, đăng kiểm phương tiện.",
        "Từ chối chạy xe khi phương tiện không bảo đảm an toàn.",
        "Làm việc theo lịch công tác, kể cả ngoài giờ.",
        "Tốt nghiệp trung học phổ thông",
        "Giấy phép lái xe hạng phù hợp",
        "Có ít nhất 2 năm lái xe",
        "Kín đáo, trách nhiệm, sức khỏe tốt",
        "Sử dụng điện thoại thông minh, bản đồ số",
        G_SUP + [("CM_HAU_CAN_PHUC_VU", 2)])

    d["HG-NB-BDV:dv"] = jd(
        "Tham mưu công tác dân vận, thực hiện dân chủ ở cơ sở và phong trào \"Dân vận khéo\" trên địa bàn thành phố "
        "Ngã Bảy.",
        [("Theo dõi tình hình nhân dân, nắm tâm tư ở các phường, xã, nhất là nơi có dự án, chỉnh trang đô thị.",
          "Báo cáo tình hình nhân dân tháng", "Đúng hạn; phản ánh sát thực tế"),
         ("Hướng dẫn khối dân vận phường, xã xây dựng mô hình \"Dân vận khéo\".", "Danh sách mô hình, hồ sơ",
          "Mỗi phường, xã có ít nhất 1 mô hình được công nhận"),
         ("Phối hợp Ủy ban MTTQ và các đoàn thể thành phố tổ chức đối thoại với nhân dân.", "Kế hoạch, biên bản đối "
          "thoại", "Kiến nghị được chuyển cơ quan có thẩm quyền trong 7 ngày"),
         ("Theo dõi công tác dân tộc, tôn giáo trên địa bàn.", "Báo cáo chuyên đề", "6 tháng một lần")],
        "Chịu sự chỉ đạo của lãnh đạo Ban Dân vận Thành ủy.",
        "Ủy ban MTTQ và các đoàn thể thành phố; UBND thành phố; khối dân vận phường, xã; chức sắc tôn giáo.",
        "Đề nghị cơ sở báo cáo tình hình nhân dân; đề xuất giải pháp vận động.",
        "Đi cơ sở thường xuyên; làm việc với nhân dân ngoài giờ hành chính.",
        "Tốt nghiệp đại học trở lên; trung cấp lý luận chính trị trở lên",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên; bồi dưỡng nghiệp vụ dân vận",
        "Có ít nhất 1 năm công tác ở cơ sở hoặc đoàn thể",
        "Gần dân, khéo vận động; " + PARTY_MEMBER.lower(),
        IT_BASIC,
        G_CV + [("CHUNG_GIAO_TIEP", 3), ("CM_DAN_VAN", 3)])

    d["HG-CTA-MTTQ:mt"] = jd(
        "Thực hiện công tác Mặt trận và đoàn thể cấp huyện: tập hợp đoàn viên, hội viên, tổ chức các cuộc vận động và "
        "hoạt động giám sát ở huyện Châu Thành A.",
        [("Tổ chức cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" ở các xã, thị trấn.",
          "Kế hoạch, báo cáo kết quả", "Số liệu khu dân cư đạt chuẩn có xác nhận"),
         ("Vận động, quản lý Quỹ \"Vì người nghèo\", xây dựng nhà Đại đoàn kết.", "Sổ quỹ, danh sách hộ được hỗ trợ",
          "Công khai, đúng đối tượng"),
         ("Tổ chức hoạt động của Đoàn, Hội theo chương trình công tác (theo phân công: Huyện đoàn, Hội LHPN, Hội Nông "
          "dân hoặc Hội CCB).", "Hoạt động, báo cáo của tổ chức", "Đạt chỉ tiêu phát triển đoàn viên, hội viên"),
         ("Tham gia giám sát, góp ý xây dựng Đảng, xây dựng chính quyền.", "Báo cáo giám sát", "Theo chương trình năm")],
        "Chịu sự chỉ đạo của Thường trực Ủy ban MTTQ huyện và lãnh đạo tổ chức mình được phân công.",
        "Ủy ban MTTQ, đoàn thể xã, thị trấn; UBND huyện; Ủy ban MTTQ và đoàn thể tỉnh (nghiệp vụ).",
        "Đề xuất chương trình phối hợp; đề xuất khen thưởng đoàn viên, hội viên.",
        "Đi cơ sở nhiều; hoạt động vào ngày nghỉ.",
        "Tốt nghiệp đại học trở lên; trung cấp lý luận chính trị trở lên",
        "Bồi dưỡng nghiệp vụ công tác Mặt trận, đoàn thể",
        "Có ít nhất 1 năm công tác Mặt trận, đoàn thể cơ sở",
        "Nhiệt tình, có khả năng tập hợp quần chúng",
        IT_BASIC,
        G_CV + [("CHUNG_GIAO_TIEP", 3), ("CM_CONG_TAC_MAT_TRAN", 3)])

    d["HG-VTH-TTCT:gd"] = jd(
        "Quản lý, điều hành Trung tâm Chính trị huyện Vị Thủy tổ chức các lớp bồi dưỡng lý luận chính trị, nghị "
        "quyết cho cán bộ, đảng viên của huyện.",
        [("Lập kế hoạch mở lớp năm trình Ban Thường vụ Huyện ủy.", "Kế hoạch mở lớp", "Đáp ứng nhu cầu của cơ sở"),
         ("Tổ chức lớp sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới, quán triệt nghị quyết.",
          "Lớp học, kết quả học viên", "Đúng chương trình Ban Tuyên giáo Trung ương; đúng kế hoạch"),
         ("Mời, quản lý giảng viên kiêm chức, báo cáo viên.", "Danh sách, hợp đồng giảng dạy", "Đủ giảng viên cho lớp"),
         ("Trực tiếp đảm nhận vị trí chuyên môn kiêm: giảng viên lý luận chính trị.", "Số tiết giảng",
          "Đạt định mức giảng dạy")],
        "Lãnh đạo giảng viên, viên chức của Trung tâm; chịu sự chỉ đạo của Ban Thường vụ Huyện ủy.",
        "Trường Chính trị tỉnh (nghiệp vụ); Ban Tuyên giáo, Ban Tổ chức Huyện ủy; UBND huyện.",
        "Quyết định tổ chức lớp theo kế hoạch được duyệt; cấp giấy chứng nhận theo phân cấp.",
        "Làm việc tại Trung tâm; giảng dạy ở các xã.",
        "Tốt nghiệp đại học trở lên; cao cấp lý luận chính trị",
        "Chứng chỉ nghiệp vụ sư phạm; bồi dưỡng quản lý đơn vị sự nghiệp",
        "Có ít nhất 3 năm giảng dạy hoặc làm công tác tuyên giáo",
        "Có uy tín, mẫu mực; là đảng viên",
        "Sử dụng công nghệ thông tin trong giảng dạy",
        G_LEAD4 + [("CM_GIANG_DAY_LLCT", 4)] + MGMT_UNIT)

    d["HG-LMX-TTCT:gv"] = jd(
        "Giảng dạy các lớp bồi dưỡng lý luận chính trị, nghị quyết, đảng viên mới tại Trung tâm Chính trị thị xã Long "
        "Mỹ.",
        [("Soạn bài giảng sơ cấp lý luận chính trị, bồi dưỡng đảng viên mới.", "Bài giảng", "Được Giám đốc duyệt"),
         ("Giảng dạy theo kế hoạch lớp; chấm bài thu hoạch.", "Số tiết giảng, bảng điểm",
          "Đạt định mức; chấm đúng đáp án"),
         ("Quản lý lớp học, hồ sơ học viên.", "Hồ sơ lớp", "Đủ hồ sơ khi kết thúc lớp"),
         ("Phục vụ công tác tuyên truyền của Thị ủy khi được giao.", "Bài nói chuyện, tài liệu", "Theo phân công")],
        "Chịu sự quản lý của Giám đốc Trung tâm.",
        "Học viên; đảng ủy các phường, xã; Trường Chính trị tỉnh (tập huấn).",
        "Đánh giá kết quả học tập của học viên.",
        "Giảng dạy tại Trung tâm và điểm lớp ở phường, xã.",
        "Tốt nghiệp đại học trở lên chuyên ngành lý luận chính trị hoặc phù hợp; trung cấp lý luận chính trị trở lên",
        "Chứng chỉ nghiệp vụ sư phạm",
        "Không yêu cầu",
        "Có phẩm chất nhà giáo; là đảng viên",
        "Sử dụng máy chiếu, phần mềm trình chiếu",
        G_CV + [("CHUNG_GIAO_TIEP", 3), ("CM_GIANG_DAY_LLCT", 3)])
