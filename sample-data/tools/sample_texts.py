"""Texts of the sample schemes: competency dictionary entries and full job descriptions.

Everything here is illustrative: written for the samples after the practice of Party-agency job-position schemes
(Hướng dẫn 01-HD/BCĐ Hậu Giang 2023, TT 12/2022/TT-BNV templates), not copied from a real scheme.
"""

HG_SOURCE = "Đề án VTVL tỉnh Hậu Giang (minh họa)"
DP_SOURCE = "Đề án VTVL Cơ quan Tổ chức – Nội vụ thị xã Đức Phổ (minh họa)"


def comp(code, group, name, description, levels, source=HG_SOURCE):
    assert len(levels) == 5, code
    return {"code": code, "group": group, "name": name, "description": description,
            "levels": {str(i + 1): t for i, t in enumerate(levels)}, "source": source}


HG_COMPETENCIES = [
    comp("CM_TO_CHUC_CAN_BO", "PROFESSIONAL", "Công tác tổ chức xây dựng Đảng và cán bộ",
         "Tham mưu về tổ chức bộ máy, biên chế, cán bộ, đảng viên và bảo vệ chính trị nội bộ theo Điều lệ Đảng và "
         "quy định của Trung ương.",
         ["Nắm các quy định cơ bản của Điều lệ Đảng về tổ chức cơ sở đảng, đảng viên; thực hiện đúng quy trình khi "
          "được hướng dẫn.",
          "Thực hiện độc lập các nghiệp vụ thường xuyên: lập, quản lý hồ sơ, thống kê, báo cáo số liệu tổ chức, "
          "cán bộ, đảng viên.",
          "Thẩm định hồ sơ nhân sự, đề án tổ chức bộ máy của một cơ quan, đơn vị; phát hiện điểm chưa đúng quy "
          "định và đề xuất xử lý.",
          "Chủ trì tham mưu các vấn đề tổ chức, cán bộ phức tạp, có tính liên ngành; hướng dẫn cấp dưới thực hiện.",
          "Tham mưu chiến lược về công tác tổ chức xây dựng Đảng của tỉnh; đề xuất sửa đổi quy định, mô hình tổ "
          "chức mới."]),
    comp("CM_KIEM_TRA_DANG", "PROFESSIONAL", "Kiểm tra, giám sát và thi hành kỷ luật đảng",
         "Tiến hành kiểm tra, giám sát tổ chức đảng và đảng viên, kiểm tra tài chính đảng, giải quyết tố cáo, "
         "khiếu nại kỷ luật theo Quy định 22-QĐ/TW và các quy định hiện hành.",
         ["Nắm quy trình kiểm tra, giám sát; giúp việc đoàn kiểm tra trong thu thập, sắp xếp tài liệu.",
          "Thực hiện các bước thẩm tra, xác minh theo kế hoạch; lập biên bản làm việc đúng mẫu.",
          "Độc lập thẩm tra, xác minh một nội dung kiểm tra; dự thảo báo cáo kết quả, đề xuất hình thức xử lý có "
          "căn cứ.",
          "Chủ trì đoàn kiểm tra khi có dấu hiệu vi phạm, vụ việc phức tạp; đánh giá chứng cứ, bảo vệ kết luận "
          "trước Ủy ban Kiểm tra.",
          "Định hướng chương trình kiểm tra, giám sát toàn khóa; phát hiện sớm vấn đề nổi cộm, đề xuất chủ trương "
          "phòng ngừa vi phạm."]),
    comp("CM_TUYEN_GIAO", "PROFESSIONAL", "Công tác tuyên giáo",
         "Tuyên truyền chủ trương của Đảng, định hướng thông tin, quản lý báo chí – xuất bản theo phân cấp, công "
         "tác lý luận chính trị, khoa giáo và nắm bắt dư luận xã hội.",
         ["Nắm nội dung các nghị quyết cần tuyên truyền; tổng hợp tin, bài theo hướng dẫn.",
          "Soạn đề cương, tài liệu tuyên truyền ngắn; theo dõi dư luận xã hội trong phạm vi được phân công.",
          "Xây dựng kế hoạch, đề cương tuyên truyền chuyên đề; phát hiện thông tin sai trái và đề xuất phản bác.",
          "Chủ trì định hướng thông tin cho báo chí, báo cáo viên; tham mưu xử lý vấn đề tư tưởng nhạy cảm.",
          "Tham mưu chiến lược công tác tư tưởng, lý luận của tỉnh; dự báo xu hướng dư luận và đề xuất chủ trương."]),
    comp("CM_DAN_VAN", "PROFESSIONAL", "Công tác dân vận",
         "Tham mưu công tác dân vận của hệ thống chính trị, quy chế dân chủ ở cơ sở, công tác dân tộc, tôn giáo, "
         "phong trào thi đua \"Dân vận khéo\".",
         ["Nắm các quy định về dân vận, dân chủ ở cơ sở; ghi chép, tổng hợp phản ánh của nhân dân.",
          "Theo dõi tình hình nhân dân ở một địa bàn, lĩnh vực; báo cáo định kỳ đúng thời hạn.",
          "Tham mưu kế hoạch dân vận chuyên đề; đối thoại, vận động nhóm đối tượng cụ thể; đề xuất giải quyết "
          "vụ việc phát sinh.",
          "Chủ trì phối hợp với Mặt trận, chính quyền giải quyết điểm nóng, khiếu kiện đông người; đánh giá tác "
          "động chính sách đến nhân dân.",
          "Tham mưu chủ trương lớn về công tác dân vận, dân tộc, tôn giáo của tỉnh; xây dựng mô hình mới."]),
    comp("CM_NOI_CHINH", "PROFESSIONAL", "Công tác nội chính và phòng, chống tham nhũng, tiêu cực",
         "Tham mưu lãnh đạo, chỉ đạo các cơ quan nội chính, công tác phòng, chống tham nhũng, tiêu cực và cải "
         "cách tư pháp; theo dõi, đôn đốc vụ án, vụ việc.",
         ["Nắm hệ thống pháp luật hình sự, tố tụng cơ bản; lập sổ theo dõi vụ việc được giao.",
          "Theo dõi tiến độ xử lý vụ án, vụ việc; tổng hợp báo cáo định kỳ.",
          "Nghiên cứu hồ sơ, đề xuất hướng chỉ đạo xử lý vụ việc; tham gia đoàn kiểm tra, giám sát chuyên đề.",
          "Chủ trì tham mưu xử lý vụ án, vụ việc phức tạp, dư luận quan tâm; phối hợp liên ngành tư pháp.",
          "Tham mưu chiến lược phòng, chống tham nhũng, tiêu cực và cải cách tư pháp của tỉnh."]),
    comp("CM_VAN_THU_LUU_TRU", "PROFESSIONAL", "Văn thư, lưu trữ trong cơ quan Đảng",
         "Quản lý văn bản đi, đến, con dấu, hồ sơ và tài liệu lưu trữ theo Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW "
         "và quy định bảo vệ bí mật nhà nước.",
         ["Tiếp nhận, vào sổ, chuyển giao văn bản theo hướng dẫn.",
          "Đăng ký, phát hành văn bản đúng thể thức Đảng; quản lý con dấu; lập hồ sơ công việc đơn giản.",
          "Hướng dẫn lập hồ sơ, thu thập, chỉnh lý tài liệu; quản lý văn bản mật và tài liệu điện tử.",
          "Tổ chức khai thác, số hóa tài liệu lưu trữ; xây dựng danh mục hồ sơ, bảng thời hạn bảo quản.",
          "Tham mưu quy chế, quy trình văn thư – lưu trữ cho cả hệ thống cơ quan Đảng của tỉnh."]),
    comp("CM_KE_TOAN", "PROFESSIONAL", "Kế toán, tài chính đảng",
         "Kế toán hành chính sự nghiệp, quản lý tài chính, tài sản của Đảng theo Luật Kế toán, Quy định 09-QĐi/TW "
         "và chế độ tài chính hiện hành.",
         ["Lập chứng từ, ghi sổ theo hướng dẫn; bảo quản chứng từ kế toán.",
          "Thực hiện kế toán thu, chi, thanh toán; đối chiếu với Kho bạc, ngân hàng; lập báo cáo tháng.",
          "Lập dự toán, quyết toán năm; kiểm soát chi theo định mức; quản lý tài sản cố định.",
          "Tham mưu quản lý tài chính, tài sản toàn cơ quan; hướng dẫn nghiệp vụ cho kế toán cấp dưới.",
          "Tham mưu cơ chế tài chính đảng của tỉnh; phân tích hiệu quả sử dụng ngân sách."]),
    comp("CM_BAO_CHI", "PROFESSIONAL", "Nghiệp vụ báo chí",
         "Khai thác đề tài, viết, biên tập và xuất bản tác phẩm báo chí in, điện tử, đa phương tiện theo Luật Báo "
         "chí và tôn chỉ, mục đích của cơ quan Đảng bộ.",
         ["Thu thập thông tin, viết tin ngắn theo phân công; chụp ảnh tư liệu.",
          "Viết tin, bài phản ánh các thể loại thông dụng; sử dụng hệ thống quản trị nội dung.",
          "Thực hiện bài phóng sự, điều tra, chuyên đề; biên tập bài của cộng tác viên; sản phẩm đa phương tiện.",
          "Chủ trì tuyến bài, chuyên trang; quyết định biên tập, chịu trách nhiệm nội dung trước Ban Biên tập.",
          "Định hướng nội dung của tờ báo; xử lý khủng hoảng truyền thông; phát triển mô hình tòa soạn hội tụ."]),
    comp("CM_GIANG_DAY_LLCT", "PROFESSIONAL", "Giảng dạy lý luận chính trị",
         "Giảng dạy, nghiên cứu khoa học chương trình trung cấp, sơ cấp lý luận chính trị, bồi dưỡng cán bộ theo "
         "Quy định 09-QĐ/TW về trường chính trị.",
         ["Dự giờ, trợ giảng; chuẩn bị tài liệu học tập cho học viên.",
          "Giảng dạy các chuyên đề sơ cấp, bồi dưỡng nghị quyết; đánh giá học viên theo đáp án.",
          "Giảng dạy chương trình trung cấp lý luận chính trị; biên soạn bài giảng, hướng dẫn thực tế.",
          "Chủ trì đề tài khoa học cấp cơ sở, biên soạn giáo trình; dự giờ, góp ý giảng viên khác.",
          "Chủ trì đề tài cấp tỉnh; định hướng chương trình đào tạo của trường."]),
    comp("CM_TONG_HOP", "PROFESSIONAL", "Tham mưu tổng hợp",
         "Tổng hợp thông tin, xây dựng chương trình công tác, báo cáo, theo dõi thực hiện nghị quyết, kết luận của "
         "cấp ủy.",
         ["Thu thập, sắp xếp thông tin, số liệu theo mẫu.",
          "Tổng hợp báo cáo định kỳ của một lĩnh vực; theo dõi lịch công tác.",
          "Dự thảo báo cáo, chương trình công tác, thông báo kết luận; phân tích số liệu để đề xuất.",
          "Chủ trì dự thảo văn kiện, báo cáo chính trị; điều phối thông tin nhiều cơ quan.",
          "Tham mưu chiến lược cho cấp ủy; kiểm soát chất lượng toàn bộ văn bản trình cấp ủy."]),
    comp("CM_CONG_TAC_MAT_TRAN", "PROFESSIONAL", "Công tác Mặt trận và đoàn thể",
         "Tập hợp, vận động đoàn viên, hội viên, nhân dân; giám sát và phản biện xã hội; tổ chức các cuộc vận "
         "động, phong trào thi đua theo Điều lệ và Luật Mặt trận Tổ quốc Việt Nam.",
         ["Nắm điều lệ, chương trình hành động; giúp tổ chức các hoạt động phong trào.",
          "Tổ chức hoạt động ở một địa bàn, đối tượng; tổng hợp số liệu đoàn viên, hội viên.",
          "Xây dựng kế hoạch phong trào, cuộc vận động; tham gia giám sát, phản biện; hướng dẫn cơ sở.",
          "Chủ trì giám sát, phản biện xã hội chuyên đề; tập hợp các tầng lớp nhân dân ở diện rộng.",
          "Tham mưu đổi mới nội dung, phương thức hoạt động của Mặt trận và đoàn thể cấp tỉnh."]),
    comp("CM_HAU_CAN_PHUC_VU", "PROFESSIONAL", "Hậu cần, phục vụ công sở",
         "Lái xe, bảo vệ, phục vụ hội nghị, giữ gìn tài sản và an toàn cơ quan.",
         ["Thực hiện đúng nhiệm vụ được phân công, nội quy cơ quan và quy định an toàn.",
          "Chủ động chuẩn bị phương tiện, hội trường; phát hiện, báo cáo kịp thời sự cố.",
          "Tổ chức phục vụ hội nghị lớn, chuyến công tác dài ngày; hướng dẫn người mới.",
          "Điều phối tổ lái xe, bảo vệ, phục vụ; lập kế hoạch bảo dưỡng, phòng cháy chữa cháy.",
          "Tham mưu quy chế quản lý hậu cần, tài sản công của cơ quan."]),
    comp("QL_TU_DUY_CHIEN_LUOC", "MANAGEMENT", "Tư duy chiến lược",
         "Nhìn xa, nắm bối cảnh, xác định mục tiêu và thứ tự ưu tiên cho cơ quan, lĩnh vực.",
         ["Hiểu mục tiêu của cơ quan và gắn công việc của mình với mục tiêu đó.",
          "Xác định mục tiêu ngắn hạn của tổ, nhóm phù hợp định hướng chung.",
          "Xây dựng kế hoạch trung hạn của phòng; dự báo rủi ro chính.",
          "Xây dựng chiến lược, chương trình toàn khóa của cơ quan; điều chỉnh khi bối cảnh thay đổi.",
          "Định hướng chiến lược cho cả lĩnh vực của tỉnh; đề xuất chủ trương với Ban Thường vụ."]),
    comp("QL_RA_QUYET_DINH", "MANAGEMENT", "Ra quyết định",
         "Phân tích thông tin, cân nhắc phương án và quyết định đúng thẩm quyền, kịp thời, chịu trách nhiệm.",
         ["Quyết định các việc đơn giản trong phạm vi nhiệm vụ cá nhân.",
          "Lựa chọn phương án cho việc thường xuyên của tổ, nhóm.",
          "Quyết định các vấn đề của phòng dựa trên phân tích nhiều phương án.",
          "Quyết định vấn đề phức tạp, nhạy cảm của cơ quan; chịu trách nhiệm trước cấp ủy.",
          "Quyết định vấn đề có tác động toàn tỉnh trong điều kiện thông tin chưa đầy đủ."]),
    comp("QL_QUAN_LY_NGUON_LUC", "MANAGEMENT", "Quản lý nguồn lực",
         "Phân công con người, sử dụng thời gian, tài chính, tài sản hợp lý để hoàn thành nhiệm vụ.",
         ["Sử dụng tiết kiệm thời gian, tài sản được giao.",
          "Sắp xếp công việc của nhóm nhỏ hợp lý.",
          "Phân công nhiệm vụ theo vị trí việc làm trong phòng; theo dõi tiến độ, kết quả.",
          "Bố trí nhân lực, kinh phí toàn cơ quan; điều chỉnh khi có biến động biên chế.",
          "Tối ưu nguồn lực liên cơ quan; gắn với tinh giản biên chế, cơ cấu lại đội ngũ."]),
    comp("QL_PHAT_TRIEN_CAN_BO", "MANAGEMENT", "Phát triển đội ngũ",
         "Đánh giá, kèm cặp, bồi dưỡng và tạo nguồn cán bộ kế cận.",
         ["Chia sẻ kinh nghiệm với đồng nghiệp mới.",
          "Hướng dẫn người mới nắm quy trình công việc.",
          "Đánh giá cán bộ trong phòng theo sản phẩm công việc; đề xuất đào tạo, bồi dưỡng.",
          "Xây dựng quy hoạch, kế hoạch đào tạo của cơ quan; phát hiện, tạo nguồn cán bộ.",
          "Định hướng phát triển đội ngũ cán bộ của cả hệ thống; luân chuyển, bố trí cán bộ chiến lược."]),
]


DP_COMPETENCIES = [
    comp("CM_TO_CHUC_NOI_VU", "PROFESSIONAL", "Công tác tổ chức – nội vụ cấp huyện",
         "Tham mưu đồng thời công tác tổ chức xây dựng Đảng của Thị ủy và quản lý nhà nước về nội vụ của UBND thị "
         "xã (tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức) theo mô hình hợp nhất cơ quan.",
         ["Nắm quy định cơ bản về tổ chức đảng và về công chức, viên chức; thực hiện theo hướng dẫn.",
          "Lập, quản lý hồ sơ cán bộ, đảng viên; thống kê, báo cáo số liệu đúng hạn.",
          "Thẩm định đề án vị trí việc làm, hồ sơ nhân sự của cơ quan, đơn vị thuộc thị xã; đề xuất xử lý.",
          "Chủ trì tham mưu sắp xếp bộ máy, giao biên chế của hệ thống chính trị thị xã.",
          "Tham mưu chủ trương đổi mới tổ chức bộ máy cấp huyện, cấp xã; đề xuất với tỉnh mô hình thí điểm."],
         source=DP_SOURCE),
    comp("CM_CAI_CACH_HANH_CHINH", "PROFESSIONAL", "Chính quyền địa phương và cải cách hành chính",
         "Tham mưu về tổ chức chính quyền xã, phường, địa giới hành chính, cải cách hành chính, tín ngưỡng, tôn "
         "giáo theo phân cấp.",
         ["Nắm quy định về chính quyền địa phương, cải cách hành chính; thu thập số liệu theo mẫu.",
          "Theo dõi, tổng hợp kết quả cải cách hành chính của các xã, phường.",
          "Xây dựng kế hoạch cải cách hành chính năm; hướng dẫn, kiểm tra cấp xã; đề xuất xử lý tồn tại.",
          "Chủ trì đề án sắp xếp đơn vị hành chính, chỉ số cải cách hành chính của thị xã.",
          "Tham mưu chiến lược xây dựng chính quyền đô thị, chính quyền số của thị xã."],
         source=DP_SOURCE),
    comp("CM_THI_DUA_KHEN_THUONG", "PROFESSIONAL", "Thi đua, khen thưởng",
         "Tổ chức phong trào thi đua, thẩm định hồ sơ khen thưởng theo Luật Thi đua, khen thưởng 2022.",
         ["Tiếp nhận, kiểm tra danh mục hồ sơ khen thưởng theo mẫu.",
          "Thẩm định hồ sơ khen thưởng thường xuyên; lập sổ theo dõi.",
          "Xây dựng kế hoạch phát động thi đua; thẩm định hồ sơ khen thưởng cấp tỉnh, cấp nhà nước.",
          "Chủ trì tổng kết phong trào thi đua; phát hiện, nhân rộng điển hình tiên tiến.",
          "Tham mưu đổi mới công tác thi đua, khen thưởng của thị xã."],
         source=DP_SOURCE),
    comp("QL_CHI_DAO_DIEU_HANH", "MANAGEMENT", "Chỉ đạo, điều hành cơ quan tham mưu",
         "Tổ chức, điều hành cơ quan tham mưu vừa phục vụ cấp ủy vừa phục vụ UBND; phân công, kiểm tra, đánh giá.",
         ["Hiểu phân công nhiệm vụ trong cơ quan và vị trí của mình.",
          "Tổ chức công việc của nhóm nhỏ theo kế hoạch.",
          "Phân công, kiểm tra công việc theo vị trí việc làm; xử lý vướng mắc thường xuyên.",
          "Điều hành toàn cơ quan, bảo đảm phối hợp giữa hai mảng Đảng và chính quyền; chịu trách nhiệm trước "
          "Ban Thường vụ Thị ủy và UBND thị xã.",
          "Xây dựng cơ chế vận hành cho mô hình hợp nhất; đề xuất nhân rộng."],
         source=DP_SOURCE),
    comp("QL_DANH_GIA_CAN_BO", "MANAGEMENT", "Đánh giá và sử dụng cán bộ",
         "Đánh giá cán bộ theo kết quả, sản phẩm công việc; đề xuất quy hoạch, bố trí, luân chuyển.",
         ["Tự đánh giá kết quả công việc của mình trung thực.",
          "Nhận xét đồng nghiệp khách quan khi được yêu cầu.",
          "Đánh giá cán bộ trong cơ quan theo sản phẩm, tiến độ, chất lượng.",
          "Đề xuất quy hoạch, bổ nhiệm, luân chuyển cán bộ của thị xã; phát hiện cán bộ trẻ có triển vọng.",
          "Thiết kế bộ tiêu chí đánh giá cán bộ cho hệ thống chính trị thị xã."],
         source=DP_SOURCE),
]


def task_list(*rows):
    return [{"step": i + 1, "content": c, "output": o, "criterion": k} for i, (c, o, k) in enumerate(rows)]


def jd(objective, tasks, internal, external, authority, conditions, training, certificates, experience, qualities,
       it, competencies):
    return {
        "description": {
            "objective": objective, "tasks": task_list(*tasks), "relationsInternal": internal,
            "relationsExternal": external, "authority": authority, "conditions": conditions,
            "requirements": {"training": training, "certificates": certificates, "experience": experience,
                             "qualities": qualities, "itAndLanguages": it},
        },
        "competencies": competencies,
    }


HG_DESCRIPTIONS = {}
DP_DESCRIPTIONS = {}

from sample_texts_hg import add_hg  # noqa: E402
from sample_texts_dp import add_dp  # noqa: E402

add_hg(HG_DESCRIPTIONS, jd)
add_dp(DP_DESCRIPTIONS, jd)
