"""Full job descriptions of the Đức Phổ sample (illustrative texts, written for the sample)."""


def add_dp(d, jd):
    d["DP-TCNV:tcq"] = jd(
        "Lãnh đạo Cơ quan Tổ chức – Nội vụ thị xã Đức Phổ tham mưu đồng thời cho Ban Thường vụ Thị ủy về công tác tổ "
        "chức xây dựng Đảng và cho UBND thị xã về quản lý nhà nước lĩnh vực nội vụ.",
        [("Chỉ đạo xây dựng lại Đề án vị trí việc làm của các cơ quan chuyên trách tham mưu, giúp việc Thị ủy, Mặt trận "
          "và các tổ chức chính trị - xã hội, Trung tâm Chính trị thị xã.", "Đề án trình Ban Thường vụ Thị ủy",
          "Hoàn thành chậm nhất tháng 8/2023; phù hợp chỉ tiêu biên chế năm 2023"),
         ("Tham mưu Ban Thường vụ Thị ủy quyết định giao biên chế năm 2023 cho từng cơ quan trên cơ sở Quyết định "
          "946-QĐ/TU.", "Quyết định giao biên chế", "Trước ngày 31/01/2023; tổng không vượt 69 biên chế khối Đảng, "
          "đoàn thể và 62 biên chế khối chính quyền"),
         ("Tổng hợp, báo cáo tình hình quản lý, sử dụng biên chế của khối Đảng, chính quyền (số liệu đến 30/5).",
          "Báo cáo gửi Ban Chỉ đạo, Ban Thường vụ Thị ủy, Ban Tổ chức Tỉnh ủy", "Đúng hạn; số liệu khớp quyết định giao"),
         ("Chỉ đạo quy trình nhân sự, quy hoạch, đánh giá cán bộ thuộc diện Ban Thường vụ Thị ủy quản lý.",
          "Tờ trình, báo cáo thẩm định nhân sự", "Đúng quy trình; không sai sót hồ sơ"),
         ("Trực tiếp đảm nhận vị trí chuyên môn kiêm: chuyên viên tổ chức bộ máy, biên chế và vị trí việc làm.",
          "Văn bản chuyên môn được giao", "Đạt yêu cầu vị trí chuyên môn kiêm nhiệm")],
        "Lãnh đạo các Phó Trưởng Cơ quan và chuyên viên; phối hợp Văn phòng Thị ủy, Ủy ban Kiểm tra Thị ủy.",
        "Ban Tổ chức Tỉnh ủy Quảng Ngãi; Sở Nội vụ tỉnh; UBND thị xã; đảng ủy, UBND các xã, phường.",
        "Ký văn bản theo quy chế làm việc của Thị ủy và UBND thị xã; đề xuất nhân sự với Ban Thường vụ Thị ủy.",
        "Làm việc tại trụ sở Thị ủy; khối lượng công việc lớn do vừa phục vụ cấp ủy vừa phục vụ UBND.",
        "Tốt nghiệp đại học trở lên; cao cấp lý luận chính trị",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính",
        "Có ít nhất 3 năm giữ chức vụ lãnh đạo cấp phòng hoặc tương đương",
        "Công tâm, nguyên tắc; là Ủy viên Ban Thường vụ Thị ủy",
        "Sử dụng thành thạo phần mềm văn phòng, phần mềm quản lý cán bộ; ngoại ngữ bậc 2",
        [("CHUNG_DAO_DUC", 4), ("CHUNG_TO_CHUC", 4), ("CHUNG_SOAN_THAO", 4), ("CHUNG_PHOI_HOP", 4),
         ("CM_TO_CHUC_NOI_VU", 4), ("QL_CHI_DAO_DIEU_HANH", 4), ("QL_DANH_GIA_CAN_BO", 4)])

    d["DP-TCNV:bm"] = jd(
        "Tham mưu về tổ chức bộ máy, biên chế, vị trí việc làm của hệ thống chính trị thị xã và theo dõi tinh giản "
        "biên chế theo Kết luận 28-KL/TW, Kết luận 40-KL/TW.",
        [("Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các cơ quan, đơn vị thị xã.", "Báo cáo rà soát",
          "Chỉ ra chồng chéo, đề xuất điều chỉnh cụ thể"),
         ("Hướng dẫn, thẩm định đề án vị trí việc làm của các cơ quan, đơn vị.", "Văn bản thẩm định",
          "Số vị trí, biên chế, cơ cấu ngạch đúng quy định; trong 20 ngày làm việc"),
         ("Theo dõi biên chế giao, biên chế có mặt, tinh giản từng cơ quan so với năm 2022.",
          "Bảng theo dõi biên chế", "Cập nhật hằng tháng; khớp quyết định giao"),
         ("Dự thảo kế hoạch sử dụng biên chế năm.", "Dự thảo kế hoạch", "Bám sát Quyết định 946-QĐ/TU")],
        "Chịu sự chỉ đạo của lãnh đạo Cơ quan; phối hợp chuyên viên quản lý cán bộ, chính quyền địa phương.",
        "Bộ phận tổ chức các cơ quan, đơn vị thị xã; Phòng Tài chính – Kế hoạch (kinh phí); Sở Nội vụ (nghiệp vụ).",
        "Đề nghị cơ quan cung cấp số liệu biên chế; đề xuất không thông qua đề án chưa đạt.",
        "Làm việc tại cơ quan; cao điểm cuối năm.",
        "Tốt nghiệp đại học trở lên chuyên ngành hành chính, luật hoặc phù hợp; trung cấp lý luận chính trị",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên",
        "Có ít nhất 2 năm làm công tác tổ chức hoặc nội vụ",
        "Cẩn thận với số liệu, nguyên tắc; là đảng viên",
        "Sử dụng thành thạo bảng tính; phần mềm quản lý cán bộ, công chức",
        [("CHUNG_DAO_DUC", 3), ("CHUNG_TO_CHUC", 3), ("CHUNG_SOAN_THAO", 3), ("CHUNG_CNTT", 3),
         ("CM_TO_CHUC_NOI_VU", 3)])

    d["DP-TCNV:cq"] = jd(
        "Tham mưu UBND thị xã về tổ chức chính quyền xã, phường, cán bộ, công chức cấp xã và cải cách hành chính.",
        [("Theo dõi số lượng, chất lượng cán bộ, công chức xã, phường theo Nghị định 34/2019/NĐ-CP.",
          "Báo cáo số lượng cán bộ, công chức cấp xã", "Không vượt 314 người được giao năm 2023"),
         ("Xây dựng kế hoạch cải cách hành chính năm; tổng hợp chỉ số cải cách hành chính của thị xã.",
          "Kế hoạch, báo cáo chỉ số", "Đúng hạn tỉnh yêu cầu; có minh chứng"),
         ("Hướng dẫn, kiểm tra cải cách hành chính ở các xã, phường.", "Biên bản kiểm tra",
          "Mỗi năm kiểm tra ít nhất một nửa số xã, phường"),
         ("Tham mưu thủ tục phân loại đơn vị hành chính, thôn, tổ dân phố.", "Tờ trình, hồ sơ", "Đủ thành phần, đúng tiêu chí")],
        "Chịu sự chỉ đạo của lãnh đạo Cơ quan; phối hợp chuyên viên tổ chức bộ máy, thi đua khen thưởng.",
        "UBND các xã, phường; Văn phòng HĐND và UBND thị xã; Sở Nội vụ tỉnh.",
        "Đề nghị xã, phường báo cáo; đề xuất chấn chỉnh vi phạm kỷ luật hành chính.",
        "Đi cơ sở thường xuyên.",
        "Tốt nghiệp đại học trở lên chuyên ngành hành chính, luật",
        "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên",
        "Có ít nhất 1 năm công tác tại cơ quan nhà nước hoặc cấp xã",
        "Trách nhiệm, gần cơ sở",
        "Sử dụng phần mềm văn phòng, hệ thống một cửa điện tử",
        [("CHUNG_DAO_DUC", 3), ("CHUNG_TO_CHUC", 3), ("CHUNG_PHOI_HOP", 3), ("CHUNG_CNTT", 3),
         ("CM_CAI_CACH_HANH_CHINH", 3)])
