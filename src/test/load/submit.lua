-- wrk script: files text-only complaints through the HTML form (multipart, CSRF token, validation, routing).
-- Each request carries a fresh form key, so each is a new complaint. Used by run-submissions.sh.
local boundary = "----sp4nLoadBoundary7MA4YWxkTrZu0gW"
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local categories = {"PENDIDIKAN-DASAR", "PENDIDIKAN-MENENGAH", "JALAN-KABUPATEN", "LISTRIK", "ADMINDUK",
                    "SAMPAH-KEBERSIHAN", "KESEHATAN-DASAR", "LAINNYA", "IMIGRASI", "AIR-MINUM"}
local places = {{"32", "32.73"}, {"32", "32.04"}, {"31", "31.74"}, {"35", "35.78"}, {"73", "73.71"}, {"91", "91.71"}}
local counter = 0

local function key()
    local chars = {}
    for i = 1, 22 do
        local n = math.random(1, 64)
        chars[i] = alphabet:sub(n, n)
    end
    return table.concat(chars)
end

local function part(name, value)
    return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

function setup(thread)
    thread:set("seed", math.random(1, 1000000))
end

function init(args)
    math.randomseed(os.time() + (seed or 0))
end

request = function()
    counter = counter + 1
    local place = places[math.random(#places)]
    local body = part("_csrf", os.getenv("CSRF_TOKEN"))
        .. part("formKey", key())
        .. part("type", "PENGADUAN")
        .. part("title", "Laporan uji beban nomor " .. counter)
        .. part("description", "Uji beban: jalan di depan sekolah rusak berat dan belum diperbaiki sejak bulan lalu, nomor " .. counter)
        .. part("incidentDate", os.getenv("INCIDENT_DATE"))
        .. part("provinceCode", place[1])
        .. part("regencyCode", place[2])
        .. part("categoryCode", categories[math.random(#categories)])
        .. part("name", "Penguji Beban")
        .. part("phone", "081234567890")
        .. "--" .. boundary .. "--\r\n"
    return wrk.format("POST", "/lapor", {
        ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
        ["Cookie"] = "XSRF-TOKEN=" .. os.getenv("CSRF_COOKIE")
    }, body)
end
